import { browser } from './browser';

/** When the browser starts with the extension, and when the extension is installed or updated:
 *  the moments session storage is empty or data written by another version may need redoing. */
export function onStartOrInstall(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
  browser.runtime.onInstalled.addListener(() => listener());
}
