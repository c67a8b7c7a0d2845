import { describe, expect, it } from 'vitest';
import { isObject } from './is-object';

describe('isObject', () => {
  it('accepts plain records and refuses null, arrays and primitives', () => {
    expect(isObject({})).toBe(true);
    expect(isObject({ a: 1 })).toBe(true);
    expect(isObject(null)).toBe(false);
    expect(isObject([])).toBe(false);
    expect(isObject('x')).toBe(false);
    expect(isObject(undefined)).toBe(false);
  });
});
