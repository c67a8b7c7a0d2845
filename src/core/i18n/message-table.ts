// The extension's messages read from its own _locales files, for when the browser's table cannot
// answer (platform/i18n.ts says when). Pure: the platform fetches the files and hands them here.

/** One _locales/<folder>/messages.json, as parsed. */
export type MessagesFile = Record<string, { message?: unknown }>;
export type MessageTable = ReadonlyMap<string, string>;

/**
 * The _locales folders to read for a UI language, most specific first, ending with the default:
 * `ja-JP` → ja_JP, ja, en. The browser picks the same way, per message; folders that do not exist
 * are simply not found.
 */
export function localeFolders(uiLanguage: string, defaultLocale: string): string[] {
  const exact = uiLanguage.replace(/-/g, '_');
  const base = exact.split('_')[0] ?? '';
  return [...new Set([exact, base, defaultLocale].filter((folder) => /^[A-Za-z]{2,3}(_[A-Za-z0-9]+)?$/.test(folder)))];
}

/** One table from the files read, most specific first: a message comes from the first that has it. */
export function tableOf(files: MessagesFile[]): MessageTable {
  const table = new Map<string, string>();
  for (const file of files) {
    for (const [key, entry] of Object.entries(file)) {
      // The browser looks keys up case-insensitively.
      const name = key.toLowerCase();
      if (!table.has(name) && typeof entry?.message === 'string') table.set(name, entry.message);
    }
  }
  return table;
}

/**
 * A message with its `$1`…`$9` filled in as getMessage fills them (a missing one is empty, `$$` is
 * a dollar sign); '' for an unknown key, like getMessage. Our messages use no named placeholders
 * (src/ui/locales.test.ts keeps to `$1`…), so none are expanded.
 */
export function messageFrom(table: MessageTable, key: string, substitutions?: string | string[]): string {
  const message = table.get(key.toLowerCase());
  if (message === undefined) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : values[Number(which) - 1] ?? ''));
}
