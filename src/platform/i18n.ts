import { browser } from './browser';

/** A UI string from _locales, with `$1`… substitutions. Falls back to the key so a missing
 *  translation is visible in screenshots instead of an empty label. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
