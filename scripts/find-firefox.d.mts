// Types for find-firefox.mjs (a plain Node script, imported by the Firefox launcher, e2e/firefox/launch.ts).
export declare function findFirefox(): string | undefined;
export declare function ensureFirefox(): string | undefined;
export declare const HOW_TO_GET_FIREFOX: string;
