import { localeFolders, messageFrom, tableOf, type MessagesFile, type MessageTable } from '../core/i18n/message-table';
import { browser } from './browser';

// Chromium keeps one table of the extension's messages per renderer process (the service worker and
// the extension's pages share it), filled by a synchronous fetch from the browser on the process's
// first getMessage. When that fetch fails — seen when the page making it is closed while it waits,
// e.g. the install's welcome tab closed at once — the empty table is kept for the process's whole
// life: every getMessage in it answers '', even for the predefined `@@extension_id`, and every label
// became its raw key. Two defences: the service worker loads the table first (loadMessages), from a
// context nobody closes; and a page or worker that finds the table empty reads the _locales files
// itself (messagesReady) and answers from them.

/** The messages read from _locales, once the browser's table was found empty. */
let fallback: MessageTable | undefined;

// e2e build flavour only: a page opened with `?e2eEmptyMessages` acts as if the browser's table were
// empty (that state cannot be brought about on purpose), so a spec can watch it read the real files.
// scripts/test-hooks.mjs keeps the name out of what users install.
const tableEmptied = __SWITCHYARD_E2E__ && typeof location !== 'undefined' && new URLSearchParams(location.search).has('e2eEmptyMessages');

function browserMessage(key: string, substitutions?: string | string[]): string {
  return tableEmptied ? '' : browser.i18n.getMessage(key, substitutions);
}

/** A UI string from _locales, with `$1`… substitutions. Falls back to the key so a missing
 *  translation is visible in screenshots instead of an empty label. */
export function t(key: string, substitutions?: string | string[]): string {
  return browserMessage(key, substitutions) || (fallback ? messageFrom(fallback, key, substitutions) : '') || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Whether the browser's table answers: `@@extension_id` is in every table it loads. Asking is also
 *  what makes this process load it. */
export function loadMessages(): boolean {
  return browserMessage('@@extension_id') !== '';
}

async function readMessagesFile(folder: string): Promise<MessagesFile | undefined> {
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${folder}/messages.json`));
    return response.ok ? ((await response.json()) as MessagesFile) : undefined;
  } catch {
    return undefined; // no such language folder
  }
}

/**
 * Resolves once t() can answer: at once when the browser's table does (the usual case, one lookup),
 * else after reading the _locales files for the UI language. A page draws after it.
 */
export async function messagesReady(): Promise<void> {
  if (fallback || loadMessages()) return;
  const defaultLocale = browser.runtime.getManifest().default_locale ?? 'en';
  const files = await Promise.all(localeFolders(uiLanguage(), defaultLocale).map(readMessagesFile));
  fallback = tableOf(files.filter((file): file is MessagesFile => file !== undefined));
}
