// The one door to the extension APIs: nothing outside src/platform imports the polyfill,
// so every browser quirk is wrapped once, here.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
