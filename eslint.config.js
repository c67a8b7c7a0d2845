// The house rules (style notes: a pure core, one door to the browser, user text is text) as lint rules,
// each with a message that says the rule. `npm run lint`, and part of `npm test`; lint/house-rules.test.ts
// proves each fires on lint/fixtures/. Rules are written by top-level folder of src/, never by file.
import importZones from './lint/import-zones.js';
import * as typescriptParser from './lint/typescript-parser.js';

// These rules need syntax and scopes only, no types: Babel reads TypeScript (lint/typescript-parser.js).
const parseTypeScript = (plugins) => ({
  parser: typescriptParser,
  ecmaVersion: 'latest',
  sourceType: 'module',
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins } },
  },
});

const PLATFORM_ONLY = 'Only src/platform touches the extension namespace (chrome.*, browser.*, webextension-polyfill): use or add a wrapper in src/platform';
const PURE_CORE = 'src/core is pure TypeScript that runs anywhere: no browser, DOM or extension global; pass what it needs in as a parameter';
const CORE_IMPORTS = 'src/core imports nothing outside src/core (only pure packages listed in eslint.config.js); the other layers import core, never the reverse';
const CONTENT_IMPORTS = 'src/content runs on the AWS console page: it imports nothing from src/popup, src/options or src/background (talk to the background through src/platform messages)';
const PAGES_IMPORTS = 'The extension pages (src/popup, src/options, src/ui) import nothing from src/background or src/content: they talk to them through src/platform messages';
const BACKGROUND_IMPORTS = 'src/background imports nothing from the pages (src/popup, src/options, src/ui) or src/content: they talk through src/platform messages';
const NO_HTML = 'User text is text: render with Preact or textContent, never as HTML (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write)';
const NO_EVAL = 'No code from strings: no eval, no new Function, no string given to setTimeout/setInterval (MV3 forbids it, and it would run whatever the text says)';

const PLATFORM_IMPORTS = 'src/platform is the door the other layers go through: it imports nothing from src/background, src/popup, src/options, src/content or src/ui';

const extensionGlobals = ['chrome', 'browser'].map((name) => ({ name, message: PLATFORM_ONLY }));
// The same namespace reached through a global object: `globalThis.chrome`, `window.browser`, a cast
// of one (`(globalThis as …).chrome`), and the polyfill by any path or by a dynamic import.
const extensionProperties = ['globalThis', 'window', 'self'].flatMap((object) =>
  ['chrome', 'browser'].map((property) => ({ object, property, message: PLATFORM_ONLY })));
const POLYFILL = '^webextension-polyfill(/|$)';
const extensionSyntax = [
  { selector: "MemberExpression[object.expression.name=/^(globalThis|window|self)$/][property.name=/^(chrome|browser)$/]", message: PLATFORM_ONLY },
  // (A selector's regex cannot hold a slash: \\u002F is one.)
  { selector: 'ImportExpression[source.value=/^webextension-polyfill(\\u002F|$)/]', message: PLATFORM_ONLY },
];
// What only a browser page has, and the network (I/O is the caller's job). Web APIs that Node has too
// (URL, TextEncoder, structuredClone, CompressionStream, crypto, setTimeout) stay allowed: core's
// unit tests run it in Node. globalThis is refused too: `globalThis.chrome` would be a way round.
const domGlobals = [
  'globalThis', 'window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage',
  'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket', 'alert', 'confirm', 'prompt', 'open',
  'parent', 'top', 'opener', 'frames', 'screen', 'requestAnimationFrame', 'requestIdleCallback',
  'getComputedStyle', 'matchMedia', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'customElements', 'DOMParser', 'Image', 'postMessage', 'addEventListener', 'removeEventListener',
].map((name) => ({ name, message: PURE_CORE }));

const html = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: NO_HTML }));
const documentWrite = ['write', 'writeln'].map((property) => ({ object: 'document', property, message: NO_HTML }));
const timers = "CallExpression:matches([callee.name=/^set(Timeout|Interval)$/], [callee.property.name=/^set(Timeout|Interval)$/])";
const codeFromStrings = [
  { selector: "Identifier[name='eval']", message: NO_EVAL },
  { selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']", message: NO_EVAL },
  { selector: `${timers}[arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`, message: NO_EVAL },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_HTML },
];

// Tests (and test support) are not shipped and run in Node: a core test may import Node's modules and
// the test tools, e.g. node:fs to read the manifest or the locales. Everything else holds for them too:
// a core test that needs a browser global or another layer is testing something that is not core.
const coreTests = ['src/core/**/*.test.{ts,tsx}', 'src/core/**/*.test-support.ts'];
const corePackages = ['@leeoniya/ufuzzy'];

export default [
  { files: ['src/**/*.ts'], languageOptions: parseTypeScript(['typescript']) },
  { files: ['src/**/*.tsx'], languageOptions: parseTypeScript(['typescript', 'jsx']) },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { zones: { rules: { imports: importZones } } },
    // No comment in the code may waive a house rule: a rule that is wrong somewhere is changed here.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-properties': ['error', ...html, ...documentWrite, ...extensionProperties],
      'no-restricted-syntax': ['error', ...codeFromStrings, ...extensionSyntax],
      'no-restricted-globals': ['error', ...extensionGlobals],
      'no-restricted-imports': ['error', { patterns: [{ regex: POLYFILL, message: PLATFORM_ONLY }] }],
    },
  },
  {
    files: ['src/platform/**'],
    rules: {
      'no-restricted-properties': ['error', ...html, ...documentWrite],
      'no-restricted-syntax': ['error', ...codeFromStrings],
      'no-restricted-globals': 'off',
      'no-restricted-imports': 'off',
      'zones/imports': ['error', { not: ['background', 'popup', 'options', 'content', 'ui', 'welcome'], message: PLATFORM_IMPORTS }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      // globalThis, window and self are refused whole here (domGlobals): no second report for .chrome.
      'no-restricted-properties': ['error', ...html, ...documentWrite],
      'no-restricted-syntax': ['error', ...codeFromStrings],
      'no-restricted-globals': ['error', ...extensionGlobals, ...domGlobals],
      'zones/imports': ['error', { only: ['core'], packages: corePackages, message: CORE_IMPORTS }],
    },
  },
  {
    files: coreTests,
    rules: {
      'zones/imports': ['error', { only: ['core'], packages: [...corePackages, 'node:', 'vitest', 'fast-check'], message: CORE_IMPORTS }],
    },
  },
  {
    files: ['src/content/**'],
    rules: { 'zones/imports': ['error', { not: ['popup', 'options', 'welcome', 'background'], message: CONTENT_IMPORTS }] },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/ui/**', 'src/welcome/**'],
    rules: { 'zones/imports': ['error', { not: ['background', 'content'], message: PAGES_IMPORTS }] },
  },
  {
    files: ['src/background/**'],
    rules: { 'zones/imports': ['error', { not: ['popup', 'options', 'ui', 'welcome', 'content'], message: BACKGROUND_IMPORTS }] },
  },
];
