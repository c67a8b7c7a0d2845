// The popup's stand-in for core/issues/issue-texts.ts (vite.popup.config.ts puts it in its place in
// the popup's bundle only, for core/issues/issue.ts): the same codes, their texts read from _locales
// instead of the core's English table, ~5 KB gzip the popup shipped for a fallback it does not
// show (issueText asks the locales first, and both are complete: issue-texts.test.ts). An issue's
// `message` is then the text in the user's language. Types: the core's module (checked there).
//
// It reads the browser's table as platform/browser.ts does, without importing it, and builds its
// table in a pure call: either way else, the bundler moved the whole issue code (names, ARNs,
// masking) out of the lazy form chunk into the app's, 1.4 KB gzip more before the first search.
type I18n = { i18n: { getMessage(key: string, substitutions: string[]): string }; runtime?: { id?: string } };
function i18n(): I18n['i18n'] {
  const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!.i18n;
}

// Asked for with "$1".."$9" as its substitutions, a message comes back as its template.
const PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

/** Each code's template, in the UI's language (the core's table: in English). */
const templates = (): Record<string, string> =>
  new Proxy({}, { get: (_, code) => (typeof code === 'string' ? i18n().getMessage(code, PLACEHOLDERS) : undefined) });
export const CORE_MESSAGES = /* @__PURE__ */ templates();

/** As the core's formatMessage (the same substitution). */
export function formatMessage(template: string, params: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => params[Number(n) - 1] ?? '');
}
