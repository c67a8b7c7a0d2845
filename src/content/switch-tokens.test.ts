import { describe, expect, it } from 'vitest';
import { keepToken, takeToken } from './switch-tokens';

describe('switch tokens by read', () => {
  it('gives a post the token of its own read, whatever was read since', () => {
    const switchRead = keepToken('token-a');
    keepToken(undefined); // a read whose probe timed out
    keepToken('token-b'); // the popup's read
    expect(takeToken(switchRead)).toBe('token-a');
  });

  it('forgets a token once a post has taken it', () => {
    const read = keepToken('token-a');
    expect(takeToken(read)).toBe('token-a');
    expect(takeToken(read)).toBeUndefined();
  });

  it('keeps only the last few reads', () => {
    const old = keepToken('old');
    for (let i = 0; i < 4; i += 1) keepToken(`new-${i}`);
    expect(takeToken(old)).toBeUndefined();
  });

  it('knows no read it did not make', () => {
    expect(takeToken(-1)).toBeUndefined();
  });
});
