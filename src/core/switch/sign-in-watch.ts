// Kept apart from switch-refusal.ts: the sign-in page's script reads only this.
// Until when a sign-in page should ask the background about itself (SIGN_IN_WATCH_KEY in
// core/store/storage-keys.ts): a switch was armed or posted lately. Any other time a sign-in page
// asks nothing, and the service worker sleeps on.
export const SIGN_IN_WATCH_MS = 2 * 60_000;

export const isWatching = (until: unknown, now: number): boolean => typeof until === 'number' && until > now;
