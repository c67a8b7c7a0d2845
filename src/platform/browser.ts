// The one door to the extension APIs: nothing outside src/platform touches them, so every browser
// quirk is wrapped once, here. Every MV3 browser we support gives the promise-based API natively:
// Firefox as `browser`, Chrome and Edge as `chrome` (whose MV3 functions return promises). So the
// runtime shim of webextension-polyfill is not loaded (it was 3 KB gzip on every page); its types
// still describe the API. The one difference left, an onMessage listener answering with a promise
// (Chrome wants sendResponse), is handled in messaging.ts.
import type Browser from 'webextension-polyfill';

// `browser` must have a runtime id: a page element with id="browser" would otherwise be found on
// the window (DOM clobbering) in Chrome, which has no `browser`.
const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
export const browser: Browser.Browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;

export type { Runtime, Tabs } from 'webextension-polyfill';
