// Where the Firefox tests find their browser: $FIREFOX_PATH wins (and, when it names nothing, no
// other Firefox stands in for it silently); ensureFirefox never installs over a chosen one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureFirefox, findFirefox } from './find-firefox.mjs';

afterEach(() => vi.unstubAllEnvs());

describe('findFirefox', () => {
  it('takes $FIREFOX_PATH when it exists', () => {
    vi.stubEnv('FIREFOX_PATH', process.execPath);
    expect(findFirefox()).toBe(process.execPath);
    expect(ensureFirefox()).toBe(process.execPath);
  });

  it('finds nothing when $FIREFOX_PATH names a missing file', () => {
    vi.stubEnv('FIREFOX_PATH', '/nonexistent/firefox');
    expect(findFirefox()).toBeUndefined();
    expect(ensureFirefox()).toBeUndefined();
  });
});
