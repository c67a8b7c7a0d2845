import { describe, expect, it } from 'vitest';
import type { Identity } from '../console/identity';
import type { Entry } from '../store/schema';
import type { ConsolePageFacts } from '../console/page-state';
import { formatBadge, isProductionEntry, keepsBadge } from './format';

const admin: Entry = { id: 'admin', label: 'Prod admin', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', displayName: 'Prod Admin', color: 'f2b0a9', group: 'Production' };
const readOnly: Entry = { id: 'ro', label: 'Prod read-only', account: 'switchyard-prod', roleName: 'ReadOnly', rolePath: '/ops/', partition: 'aws' };
const role: Identity = { kind: 'assumed-role', partition: 'aws', accountId: '123456789012', roleName: 'Admin', userName: 'alice' };
const user: Identity = { kind: 'iam-user', partition: 'aws', accountId: '111122223333', userName: 'alice', displayName: 'alice @ 111122223333' };

const page = (identity: Identity | undefined, more: Partial<ConsolePageFacts> = {}): ConsolePageFacts => ({
  url: 'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1',
  reading: { identity, found: identity ? ['session-data'] : [], issues: [] },
  mode: 'classic',
  csrfFound: true,
  baseUser: { name: 'alice', accountId: '111122223333' },
  ...more,
});
const saved = (more: Partial<Parameters<typeof formatBadge>[1]> = {}) => ({ entries: [admin, readOnly], groups: {}, hideAccountIds: false, ...more });

describe('formatBadge: the active role', () => {
  it('shows the matching entry: its display name, account, role, region and colour, and who "Back" returns to', () =>
    expect(formatBadge(page(role), saved())).toEqual({
      name: 'Prod Admin', account: '123456789012', role: 'Admin', region: 'eu-west-1',
      background: '#f2b0a9', foreground: '#000000', production: false, multiSession: false,
      backTo: 'alice', problems: [], entryId: 'admin',
    }));
  it('shows the alias with the id when the console knows both', () =>
    expect(formatBadge(page({ ...role, accountAlias: 'switchyard-prod' }), saved()).account).toBe('switchyard-prod (123456789012)'));
  it('shows the role with its path, from the entry', () => {
    const badge = formatBadge(page({ ...role, accountId: undefined, accountAlias: 'switchyard-prod', roleName: 'ReadOnly' }), saved());
    expect(badge).toMatchObject({ name: 'Prod read-only', role: 'ops/ReadOnly', account: 'switchyard-prod', entryId: 'ro' });
  });
  it('falls back to the label when the entry has no display name', () =>
    expect(formatBadge(page({ ...role, accountId: '123456789012' }), saved({ entries: [{ ...admin, displayName: '  ' }] })).name).toBe('Prod admin'));
  it('uses what the console calls a role that no entry matches, in a neutral colour with white text', () => {
    const badge = formatBadge(page({ ...role, roleName: 'Other', displayName: 'Other @ 123456789012' }), saved());
    expect(badge).toMatchObject({ name: 'Other @ 123456789012', role: 'Other', background: '#232f3e', foreground: '#ffffff' });
    expect(badge.entryId).toBeUndefined();
  });
  it('names an Identity Center role by its permission set', () =>
    expect(formatBadge(page({ kind: 'identity-center', partition: 'aws', accountId: '123456789012', roleName: 'AWSReservedSSO_PowerUser_0123456789abcdef', permissionSet: 'PowerUser' }), saved()))
      .toMatchObject({ name: 'PowerUser', role: 'PowerUser' }));
  it('shows the region as global on services without one', () =>
    expect(formatBadge(page(role, { url: 'https://console.aws.amazon.com/iam/home' }), saved()).region).toBe('global'));
  it('marks multi-session pages', () =>
    expect(formatBadge(page(role, { mode: 'multi-session', url: 'https://123456789012-abcd1234.us-west-2.console.aws.amazon.com/s3/home' }), saved()))
      .toMatchObject({ multiSession: true, session: 'role', region: 'us-west-2', backTo: 'alice' }));
  it('says a multi-session page of the user is the base session, and a classic page names no session', () => {
    expect(formatBadge(page(user, { mode: 'multi-session', url: 'https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/home' }), saved()))
      .toMatchObject({ multiSession: true, session: 'base' });
    expect(formatBadge(page(role), saved()).session).toBeUndefined();
  });
  it('names no session when the page does not say who is signed in', () =>
    expect(formatBadge(page(undefined, { mode: 'multi-session' }), saved()).session).toBeUndefined());
});

describe('formatBadge: the signed-in user', () => {
  it('shows the user, no role and no "Back"', () => {
    const badge = formatBadge(page(user), saved());
    expect(badge).toMatchObject({ name: 'alice', account: '111122223333', production: false });
    expect(badge.role).toBeUndefined();
    expect(badge.backTo).toBeUndefined();
  });
  it('offers no "Back" when the login itself is this role (a SAML role login)', () =>
    expect(formatBadge(page(role, { baseUser: { name: 'alice', roleName: 'Admin', accountId: '123456789012' } }), saved()).backTo).toBeUndefined());
  it('offers no "Back" when the page does not say who signed in', () =>
    expect(formatBadge(page(role, { baseUser: undefined }), saved()).backTo).toBeUndefined());
});

describe('formatBadge: hidden account ids', () => {
  it('masks the id to its last four digits', () =>
    expect(formatBadge(page(role), saved({ hideAccountIds: true })).account).toBe('••••••••9012'));
  it('keeps the alias and masks the id beside it', () =>
    expect(formatBadge(page({ ...role, accountAlias: 'switchyard-prod' }), saved({ hideAccountIds: true })).account).toBe('switchyard-prod (••••••••9012)'));
  it('masks ids inside names the console made up', () =>
    expect(formatBadge(page({ ...role, roleName: 'Other', displayName: 'Other @ 123456789012' }), saved({ hideAccountIds: true })).name).toBe('Other @ ••••••••9012'));
  it('shows the full id again when the setting is off', () =>
    expect(formatBadge(page(role), saved({ hideAccountIds: false })).account).toBe('123456789012'));
});

describe('formatBadge: production', () => {
  it('frames an entry marked as production', () =>
    expect(formatBadge(page(role), saved({ entries: [{ ...admin, production: true }] })).production).toBe(true));
  it('frames an entry whose group is marked as production', () =>
    expect(formatBadge(page(role), saved({ groups: { Production: { production: true } } })).production).toBe(true));
  it('does not frame other entries of an unmarked group', () => {
    expect(isProductionEntry(admin, { Staging: { production: true } })).toBe(false);
    expect(isProductionEntry(readOnly, { Production: { production: true } })).toBe(false);
  });
});

describe('formatBadge: when the console changed', () => {
  it('says the identity could not be read, and shows no made-up identity', () => {
    const badge = formatBadge(page(undefined), saved());
    expect(badge.problems).toEqual(['identity']);
    expect(badge.name).toBeUndefined();
    expect(badge.account).toBeUndefined();
  });
  it('treats an identity of unknown kind as unread', () =>
    expect(formatBadge(page({ kind: 'unknown', partition: 'aws', accountId: '123456789012' }), saved()).problems).toEqual(['identity']));
  it('says the switch token is missing on a classic page', () =>
    expect(formatBadge(page(role, { csrfFound: false }), saved()).problems).toEqual(['csrf']));
  it('needs no token on a multi-session page', () =>
    expect(formatBadge(page(role, { csrfFound: false, mode: 'multi-session' }), saved()).problems).toEqual([]));
});

describe('keeping a badge for the next loads', () => {
  it('keeps a badge that warns of nothing, and not one that warns: the next load looks again', () => {
    expect(keepsBadge(formatBadge(page(role), saved()))).toBe(true);
    expect(keepsBadge(formatBadge(page(role, { csrfFound: false }), saved()))).toBe(false);
    expect(keepsBadge(formatBadge(page(undefined), saved()))).toBe(false);
  });
});
