// What the welcome page shows about this browser, read here once so that the page does no browser
// sniffing of its own: the real keyboard shortcuts, where to change them, the address-bar keyword.
import type { BrowserFamily, CommandInfo } from '../core/welcome/welcome-decision';
import { browser } from './browser';

/** The commands with the keys the browser has for them now (the user may have changed them). */
export async function keyboardCommands(): Promise<CommandInfo[]> {
  return browser.commands.getAll();
}

/** Firefox has runtime.getBrowserInfo (and Chromium does not); Edge names itself in the client
 *  hints brands, which it gives extension pages and workers alike. */
export function browserFamily(): BrowserFamily {
  if (typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function') return 'firefox';
  const brands = (navigator as { userAgentData?: { brands?: { brand: string }[] } }).userAgentData?.brands ?? [];
  return brands.some((item) => /edge/i.test(item.brand)) ? 'edge' : 'chromium';
}

/** The address-bar keyword, as the manifest has it (`omnibox.keyword`). */
export function omniboxKeyword(): string | undefined {
  return (browser.runtime.getManifest() as { omnibox?: { keyword?: string } }).omnibox?.keyword;
}

/** Opens the browser's own shortcut settings: Firefox 137+ has commands.openShortcutSettings()
 *  (about:addons → Manage Extension Shortcuts); Chromium lets an extension open its
 *  extensions/shortcuts page in a tab, which a link on a page cannot. */
export async function openShortcutSettings(url: string | undefined): Promise<void> {
  // Firefox for Android has no commands at all.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (typeof commands?.openShortcutSettings === 'function') return commands.openShortcutSettings();
  if (url) await browser.tabs.create({ url });
}

/** An address inside the extension, e.g. `src/welcome/index.html`. */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** The options page and the popup as the built manifest names them (the popup's entry is written
 *  by scripts/build.mjs), with `suffix` (a #section or ?query) added. */
export function extensionPageUrl(page: 'options' | 'popup', suffix = ''): string {
  const manifest = browser.runtime.getManifest() as { options_ui?: { page?: string }; action?: { default_popup?: string } };
  const path = page === 'options' ? manifest.options_ui?.page : manifest.action?.default_popup;
  return `${browser.runtime.getURL(path ?? '')}${suffix}`;
}
