import { describe, expect, it } from 'vitest';
import { emptyStore } from '../store/schema';
import { isDrawableData, keptVersion1 } from './shapes';

describe('isDrawableData', () => {
  it('accepts an empty store', () => {
    expect(isDrawableData(emptyStore())).toBe(true);
  });
  it('refuses arrays where a record is expected', () => {
    expect(isDrawableData({ ...emptyStore(), settings: [] })).toBe(false);
    expect(isDrawableData({ ...emptyStore(), usage: [] })).toBe(false);
    expect(isDrawableData({ ...emptyStore(), groups: [] })).toBe(false);
    expect(isDrawableData([])).toBe(false);
  });
});

describe('keptVersion1', () => {
  it('refuses an array', () => {
    expect(keptVersion1(Object.assign([], { version: 1 }))).toBeUndefined();
  });
});
