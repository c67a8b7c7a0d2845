import { describe, expect, it } from 'vitest';
import { emptyStore, type StoreData } from '../store/schema';
import type { PortalAccount } from './portal-answers';
import { diffReads, goneEntryIds, portalPreview, readMemory, rememberRead, samePortal, withoutGone, type PortalMemory, type PortalPreview } from './portal-diff';
import { DEFAULT_LABEL_RULE, parseLabelRule } from './portal-labels';
import type { PortalRead } from './portal-read';

const START = 'https://d-1234567890.awsapps.com/start';
const rule = parseLabelRule(DEFAULT_LABEL_RULE).value!;
const id = (n: number) => String(n).padStart(12, '0');

/** A read of accounts 1..n (or the given ones), each with these permission sets. */
function read(accounts: PortalAccount[], sets: readonly string[]): PortalRead {
  return { accounts, assignments: accounts.flatMap((account) => sets.map((permissionSet) => ({ account, permissionSet }))), warnings: [] };
}
const accounts = (ns: number[]) => ns.map((n) => ({ accountId: id(n), name: `Account ${n}` }));

let ids = 0;
const options = (memory?: PortalMemory, now = 1_000) => ({ startUrl: START, partition: 'aws' as const, rule, memory, now, newId: () => `e${++ids}` });

/** The import applied: the saved data after it, and what is remembered of the portal. */
const apply = (preview: PortalPreview, before: StoreData) => ({ data: preview.result ?? before, memory: preview.memory });
const statuses = (preview: PortalPreview) => preview.rows.map((r) => `${r.status} ${r.target}`).filter((s) => !s.startsWith('unchanged'));

describe('the first read of a portal', () => {
  it('makes every permission set of every account a new Identity Center entry', () => {
    const preview = portalPreview(read(accounts([1, 2]), ['Admin', 'ReadOnly']), emptyStore(), options());
    expect(preview.counts).toMatchObject({ new: 4, changed: 0, unchanged: 0, removed: 0 });
    expect(preview.result?.entries.map((e) => [e.label, e.account, e.roleName, e.sso?.startUrl])).toEqual([
      ['Account 1 · Admin', id(1), 'Admin', START], ['Account 1 · ReadOnly', id(1), 'ReadOnly', START],
      ['Account 2 · Admin', id(2), 'Admin', START], ['Account 2 · ReadOnly', id(2), 'ReadOnly', START],
    ]);
    expect(preview.diff.added).toEqual([`${id(1)}/Admin`, `${id(1)}/ReadOnly`, `${id(2)}/Admin`, `${id(2)}/ReadOnly`]);
    expect(preview.memory).toEqual({
      startUrl: START, readAt: 1_000, labelRule: DEFAULT_LABEL_RULE, gone: [],
      accounts: [{ accountId: id(1), name: 'Account 1' }, { accountId: id(2), name: 'Account 2' }],
      pairs: [`${id(1)}/Admin`, `${id(1)}/ReadOnly`, `${id(2)}/Admin`, `${id(2)}/ReadOnly`],
    });
  });

  it('says when two accounts of the same name give two entries the same label', () => {
    const preview = portalPreview(read([{ accountId: id(1), name: 'Sandbox' }, { accountId: id(2), name: 'Sandbox' }, { accountId: id(3), name: 'Prod' }], ['Dev']), emptyStore(), options());
    expect(preview.rows.map((r) => r.reasons.map((i) => i.message))).toEqual([
      ['Another entry is already called “Sandbox · Dev”; both are kept. Rename one to tell them apart.'],
      ['Another entry is already called “Sandbox · Dev”; both are kept. Rename one to tell them apart.'],
      [],
    ]);
  });

  it('meets entries the user already has (from ~/.aws/config, say) instead of adding them twice, keeping their label and colour', () => {
    const current = emptyStore();
    current.entries.push({ id: 'mine', label: 'prod-admin', account: id(1), roleName: 'Admin', rolePath: '/', partition: 'aws', color: 'ff0000',
      sso: { startUrl: START, accountId: id(1), permissionSet: 'Admin' } });
    const preview = portalPreview(read(accounts([1]), ['Admin']), current, options());
    expect(preview.rows.map((r) => [r.status, r.entryId, r.label])).toEqual([['unchanged', 'mine', 'prod-admin']]);
    expect(preview.result).toBeUndefined();
  });
});

describe('a refresh shows only what changed since the last read', () => {
  it('the portal drops an account and adds one: exactly those two differences, and the gone entry is kept, marked', () => {
    const first = portalPreview(read(accounts([1, 2, 3]), ['Admin']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    const refresh = portalPreview(read(accounts([1, 3, 4]), ['Admin']), saved.data, options(saved.memory, 2_000));
    expect(statuses(refresh)).toEqual([`new ${id(4)} · Admin`, `removed ${id(2)} · Admin`]);
    expect(refresh.counts).toMatchObject({ new: 1, removed: 1, unchanged: 2, changed: 0 });
    expect(refresh.diff).toEqual({ added: [`${id(4)}/Admin`], renamed: [], unchanged: [`${id(1)}/Admin`, `${id(3)}/Admin`], gone: [`${id(2)}/Admin`] });
    // Marked, not deleted: the entry is still in what would be saved.
    const gone = refresh.rows.find((r) => r.status === 'removed')!;
    expect(gone.reasons[0]!.message).toBe('“Account 2 · Admin” (000000000002 · Admin) is no longer in the access portal. The entry is kept, marked, until you remove it.');
    expect(refresh.result!.entries.map((e) => e.label)).toEqual(['Account 1 · Admin', 'Account 2 · Admin', 'Account 3 · Admin', 'Account 4 · Admin']);
    expect(goneEntryIds(refresh)).toEqual([gone.entryId]);
    expect(refresh.memory.gone).toEqual([{ pair: `${id(2)}/Admin`, since: 2_000 }]);
  });

  it('a read that listed nothing, or skipped what it could not read, calls nothing gone (and offers nothing to remove)', () => {
    const first = portalPreview(read(accounts([1, 2, 3]), ['Admin']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    // The portal's answer changed shape: no account could be read.
    const empty = portalPreview({ accounts: [], assignments: [], warnings: [] }, saved.data, options(saved.memory, 2_000));
    expect(empty.rows.filter((r) => r.status === 'removed')).toEqual([]);
    expect(goneEntryIds(empty)).toEqual([]);
    // One account's item could not be read: the others are there, but what is missing may only be unread.
    const skipped = { ...read(accounts([1, 3]), ['Admin']), warnings: [{ code: 'warnPortalAccountId', message: 'skipped', params: ['12'] }] } as PortalRead;
    const partial = portalPreview(skipped, saved.data, options(saved.memory, 2_000));
    expect(goneEntryIds(partial)).toEqual([]);
    // Nothing new, nothing gone: nothing to write, every entry stays.
    expect(partial.result).toBeUndefined();
  });

  it('gone entries go only when the user confirms: then with their favourite and usage, and nothing else', () => {
    const first = portalPreview(read(accounts([1, 2]), ['Admin']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    const [one, two] = saved.data.entries;
    const data: StoreData = { ...saved.data, favourites: [two!.id, one!.id], usage: { [two!.id]: { count: 3, lastUsed: 1 }, [one!.id]: { count: 1, lastUsed: 1 } } };
    const refresh = portalPreview(read(accounts([1]), ['Admin']), data, options(saved.memory, 2_000));
    expect(withoutGone(data, refresh)).toMatchObject({ entries: [one], favourites: [one!.id], usage: { [one!.id]: { count: 1, lastUsed: 1 } } });
    expect(Object.keys(withoutGone(data, refresh).usage)).toEqual([one!.id]);
    expect(data.entries).toHaveLength(2);
    const unchanged = portalPreview(read(accounts([1, 2]), ['Admin']), data, options(saved.memory, 2_000));
    expect(withoutGone(data, unchanged)).toBe(data);
  });

  it('a refresh with only gone entries writes nothing, and remembers since when they have been missing', () => {
    const first = portalPreview(read(accounts([1, 2]), ['Admin']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    const second = portalPreview(read(accounts([1]), ['Admin']), saved.data, options(saved.memory, 2_000));
    expect(second.result).toBeUndefined();
    const third = portalPreview(read(accounts([1]), ['Admin']), saved.data, options(second.memory, 3_000));
    expect(third.memory.gone).toEqual([{ pair: `${id(2)}/Admin`, since: 2_000 }]);
    expect(statuses(third)).toEqual([`removed ${id(2)} · Admin`]);
    // Back in the portal: no longer gone.
    const fourth = portalPreview(read(accounts([1, 2]), ['Admin']), saved.data, options(third.memory, 4_000));
    expect(statuses(fourth)).toEqual([]);
    expect(fourth.memory.gone).toEqual([]);
  });

  it('a renamed account relabels the entries whose label the rule made, and keeps the ones the user renamed', () => {
    const first = portalPreview(read(accounts([1]), ['Admin', 'Dev']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    saved.data.entries[1]!.label = 'my dev';
    const renamed = portalPreview(read([{ accountId: id(1), name: 'Payments' }], ['Admin', 'Dev']), saved.data, options(saved.memory, 2_000));
    expect(renamed.rows.map((r) => [r.status, r.label, r.changes, r.kept])).toEqual([
      ['changed', 'Payments · Admin', [{ field: 'label', from: 'Account 1 · Admin', to: 'Payments · Admin' }], []],
      // The user's own label stays, and the preview says what the rule would have made.
      ['unchanged', 'my dev', [], [{ field: 'label', from: 'Payments · Dev', to: 'my dev' }]],
    ]);
    expect(renamed.rows.map((r) => r.reasons.map((i) => i.message))).toEqual([
      ['Account 000000000001 is now called “Payments” in the portal (it was “Account 1”).'],
      ['Account 000000000001 is now called “Payments” in the portal (it was “Account 1”).'],
    ]);
    expect(renamed.result!.entries.map((e) => e.label)).toEqual(['Payments · Admin', 'my dev']);
    expect(renamed.diff.renamed).toEqual([{ accountId: id(1), from: 'Account 1', to: 'Payments' }]);
  });

  it('does not add back an entry the user removed after the last read', () => {
    const first = portalPreview(read(accounts([1, 2]), ['Admin']), emptyStore(), options());
    const saved = apply(first, emptyStore());
    saved.data.entries.splice(0, 1);
    const refresh = portalPreview(read(accounts([1, 2]), ['Admin']), saved.data, options(saved.memory, 2_000));
    expect(refresh.rows.map((r) => [r.status, r.target])).toEqual([['skipped', `${id(1)} · Admin`], ['unchanged', `${id(2)} · Admin`]]);
    expect(refresh.result).toBeUndefined();
  });

  it('the memory of another portal is not this one\'s; entries of another portal are never marked gone', () => {
    const other = 'https://d-9999999999.awsapps.com/start';
    const current = emptyStore();
    current.entries.push({ id: 'o', label: 'other', account: id(5), roleName: 'Admin', rolePath: '/', partition: 'aws', sso: { startUrl: other, accountId: id(5), permissionSet: 'Admin' } });
    const memory = rememberRead(other, read(accounts([1]), ['Admin']), 500);
    const preview = portalPreview(read(accounts([1]), ['Admin']), current, options(memory));
    expect(statuses(preview)).toEqual([`new ${id(1)} · Admin`]);
  });
});

describe('what is remembered of a portal', () => {
  it('tells the same portal by its address, however the address ends', () => {
    expect(samePortal('https://d-1234567890.awsapps.com/start', 'https://d-1234567890.awsapps.com/start/#/')).toBe(true);
    expect(samePortal('https://d-1234567890.awsapps.com/start', 'https://d-1234567891.awsapps.com/start')).toBe(false);
    expect(samePortal('not a url', 'not a url')).toBe(false);
  });

  it('is read back from storage as untrusted data: bad parts dropped, nothing but the known fields kept', () => {
    expect(readMemory(null)).toBeUndefined();
    expect(readMemory({ startUrl: 'https://evil.example/start', readAt: 1, accounts: [], pairs: [] })).toBeUndefined();
    expect(readMemory({ startUrl: START, readAt: '1', accounts: [], pairs: [] })).toBeUndefined();
    const stored: unknown = JSON.parse(`{"startUrl": "${START}", "readAt": 5, "labelRule": "{account}", "token": "secret",
      "accounts": [{"accountId": "${id(1)}", "name": "A", "__proto__": {"x": 1}}, {"accountId": "1"}, {"accountId": "${id(2)}", "name": 3}],
      "pairs": ["${id(1)}/Admin", "${id(1)}/Bad Name", "x/Admin", 7],
      "gone": [{"pair": "${id(2)}/Dev", "since": 4}, {"pair": "${id(2)}/Dev"}]}`);
    expect(readMemory(stored)).toEqual({
      startUrl: START, readAt: 5, labelRule: '{account}', accounts: [{ accountId: id(1), name: 'A' }],
      pairs: [`${id(1)}/Admin`], gone: [{ pair: `${id(2)}/Dev`, since: 4 }],
    });
  });

  it('keeps the region the read used, and reads it back (a memory without one, of the older shape, still reads)', () => {
    const memory = rememberRead(START, read(accounts([1]), ['Admin']), 5, undefined, '{account}', 'eu-central-1');
    expect(memory.region).toBe('eu-central-1');
    expect(readMemory(JSON.parse(JSON.stringify(memory)))?.region).toBe('eu-central-1');
    expect(readMemory({ ...memory, region: 'eu-central-1.evil.io' })).not.toHaveProperty('region');
    const older = readMemory({ startUrl: START, readAt: 5, accounts: [], pairs: [] });
    expect(older).toEqual({ startUrl: START, readAt: 5, accounts: [], pairs: [], gone: [] });
  });

  it('diffs two reads as pairs: a first read is all added', () => {
    const now = read(accounts([1]), ['Admin']);
    expect(diffReads(undefined, now)).toEqual({ added: [`${id(1)}/Admin`], renamed: [], unchanged: [], gone: [] });
  });
});
