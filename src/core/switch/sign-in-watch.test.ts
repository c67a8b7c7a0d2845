import { describe, expect, it } from 'vitest';
import { isWatching } from './sign-in-watch';

describe('isWatching', () => {
  it('watches sign-in pages until the time stored, and not without one', () => {
    expect(isWatching(2_000, 1_000)).toBe(true);
    expect(isWatching(1_000, 1_000)).toBe(false);
    expect(isWatching(undefined, 1_000)).toBe(false);
    expect(isWatching('9999999999999', 1_000)).toBe(false);
  });
});
