// ESLint's parser for src/: Babel reads TypeScript and TSX (typescript-eslint does not install beside
// TypeScript 7.0, which no longer ships the JavaScript API it parses with), and eslint-scope finds the
// variables. Babel's own scope analysis is made for Flow: it takes names inside TypeScript types for
// variables, so `{ location: string }` in an interface would read as the `location` global. Here the
// scopes are built from the code that runs, with every type left out.
import babelParser from '@babel/eslint-parser';
import { analyze } from 'eslint-scope';

// Keys that hold a type on a node that is not itself a type.
const typeKeys = new Set(['typeAnnotation', 'typeParameters', 'typeArguments', 'superTypeParameters', 'superTypeArguments', 'returnType', 'predicate', 'implements', 'mixins']);
// TypeScript nodes that hold code that runs; every other TypeScript node is a type and holds none.
const tsValueKeys = {
  TSAsExpression: ['expression'],
  TSSatisfiesExpression: ['expression'],
  TSTypeAssertion: ['expression'],
  TSNonNullExpression: ['expression'],
  TSInstantiationExpression: ['expression'],
  TSParameterProperty: ['decorators', 'parameter'],
  TSExportAssignment: ['expression'],
  TSEnumDeclaration: ['members'],
  TSEnumMember: ['initializer'],
  TSModuleDeclaration: ['body'],
  TSModuleBlock: ['body'],
};

// Babel's node keys are the same for every file: taken once (its parseForESLint would also run the
// scope analysis that is not used here).
let keys;
function keysOnce(options) {
  if (keys) return keys;
  const { visitorKeys } = babelParser.parseForESLint('', options);
  const valueKeys = Object.fromEntries(Object.entries(visitorKeys).map(([type, nodeKeys]) => [
    type,
    type.startsWith('TS') ? (tsValueKeys[type] ?? []) : nodeKeys.filter((key) => !typeKeys.has(key)),
  ]));
  return (keys = { visitorKeys, valueKeys });
}

export const meta = { name: 'switchyard-typescript', version: '1.0.0' };

export function parseForESLint(code, options) {
  const { visitorKeys, valueKeys } = keysOnce(options);
  const ast = babelParser.parse(code, options);
  const scopeManager = analyze(ast, {
    ecmaVersion: 2022,
    sourceType: 'module',
    childVisitorKeys: valueKeys,
    fallback: () => [],
  });
  // Rules still walk the whole tree, types included (an import inside `typeof import('…')` counts).
  return { ast, scopeManager, visitorKeys };
}
