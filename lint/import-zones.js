// The `zones/imports` lint rule: which top-level folders of src/ a file may import from, and which
// packages. It works on folders, not files: a relative import is resolved against the importing file
// and only the src/<folder> it lands in matters, so files can move inside a folder freely.
// (import-x's no-restricted-paths needs a module resolver and skips, silently, any import that it
// cannot resolve; here there is nothing to resolve.)
import { dirname, relative, resolve, sep } from 'node:path';

/** The src/ folder a path is in ('core', 'platform', …), or undefined outside src/. */
function srcFolder(srcRoot, path) {
  const inSrc = relative(srcRoot, path);
  if (inSrc === '' || inSrc.startsWith('..') || resolve(srcRoot, inSrc) !== path) return undefined;
  return inSrc.split(sep)[0];
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`, `node:fs` → `node:fs`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const optionSchema = {
  type: 'object',
  properties: {
    // Folders of src/ this file may import from; any other import of a file is refused.
    only: { type: 'array', items: { type: 'string' } },
    // Folders of src/ this file may not import from.
    not: { type: 'array', items: { type: 'string' } },
    // When given, the only packages allowed (a name, or a prefix ending in ':' such as 'node:').
    packages: { type: 'array', items: { type: 'string' } },
    // The house rule, said to whoever breaks it.
    message: { type: 'string' },
  },
  required: ['message'],
  additionalProperties: false,
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder of src/ to the imports the house rules allow it' },
    schema: [optionSchema],
    messages: { refused: "{{message}} ('{{specifier}}' {{where}})" },
  },
  create(context) {
    const { only, not, packages, message } = context.options[0];
    const srcRoot = resolve(context.cwd, 'src');
    const here = dirname(context.filename);

    function check(node, source) {
      if (typeof source?.value !== 'string') return;
      const specifier = source.value.replace(/[?#].*$/, '');
      let where;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const folder = srcFolder(srcRoot, resolve(here, specifier));
        const refused = folder === undefined ? only !== undefined
          : (only !== undefined && !only.includes(folder)) || (not?.includes(folder) ?? false);
        if (!refused) return;
        where = folder === undefined ? 'is outside src/' : `is in src/${folder}`;
      } else {
        if (packages === undefined) return;
        const name = packageName(specifier);
        if (packages.some((allowed) => (allowed.endsWith(':') ? specifier.startsWith(allowed) : allowed === name))) return;
        where = 'is a package not allowed here';
      }
      context.report({ node, messageId: 'refused', data: { message, specifier, where } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // `typeof import('…')` in a type
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};
