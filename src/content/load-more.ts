// The console content script's second half (console-more.ts: the page probe's bridge, switches,
// return-to-user, the first look at a page no kept badge fits, placement off the middle): loaded
// the first time something needs it, never at load when the kept badge fits the page. A native
// import() of an ES module the build writes beside console.js, offered to the console hosts only
// (web_accessible_resources, scripts/build.mjs): Chromium and Firefox both run a module a content
// script imports in that content script's own world, with its extension APIs, never the page's.
import { extensionUrl } from '../platform/content-runtime';

export type More = typeof import('./console-more');

/** Where the build writes console-more.ts; scripts/build.mjs uses the same path. */
export const MORE_PATH = 'src/content/console-more.js';

let loading: Promise<More> | undefined;

/** The second half, loaded once; a failed load (the extension was updated under this page) is
 *  tried again by the next caller. */
export function loadMore(): Promise<More> {
  loading ??= (import(/* @vite-ignore */ extensionUrl(MORE_PATH)) as Promise<More>).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
