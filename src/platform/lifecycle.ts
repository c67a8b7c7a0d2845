import { browser } from './browser';

/** When the browser starts with the extension, and when the extension is installed or updated:
 *  the moments session storage is empty or data written by another version may need redoing. */
export function onStartOrInstall(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
  browser.runtime.onInstalled.addListener(() => listener());
}

/** runtime.onInstalled with its reason: 'install', 'update', 'browser_update' (Firefox) or
 *  'chrome_update' (Chromium), 'shared_module_update'. Reloading an unpacked or temporary copy
 *  reports 'update'. */
export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details: { reason: string }) => listener(details.reason));
}
