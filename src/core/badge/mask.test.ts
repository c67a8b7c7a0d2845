import { describe, expect, it } from 'vitest';
import { maskAccountId, maskAccountIdsIn } from './mask';

describe('maskAccountId', () => {
  it('shows only the last four digits of an account id', () => expect(maskAccountId('123456789012')).toBe('••••••••9012'));
  it('keeps leading zeros out of sight too', () => expect(maskAccountId('012345678901')).toBe('••••••••8901'));
  it('leaves an alias as it is: it is not an id', () => expect(maskAccountId('switchyard-prod')).toBe('switchyard-prod'));
  it('leaves anything that is not exactly 12 digits', () => {
    expect(maskAccountId('12345678901')).toBe('12345678901');
    expect(maskAccountId('1234567890123')).toBe('1234567890123');
  });
});

describe('maskAccountIdsIn', () => {
  it('masks an id inside a display name', () => expect(maskAccountIdsIn('Admin @ 123456789012')).toBe('Admin @ ••••••••9012'));
  it('masks the dashed form the console shows', () => expect(maskAccountIdsIn('Account 1234-5678-9012')).toBe('Account ••••••••9012'));
  it('masks every id, not only the first', () =>
    expect(maskAccountIdsIn('111122223333 → 444455556666')).toBe('••••••••3333 → ••••••••6666'));
  it('leaves longer or shorter digit runs alone (a phone number is not an account)', () =>
    expect(maskAccountIdsIn('ticket 12345 and 12345678901234')).toBe('ticket 12345 and 12345678901234'));
});
