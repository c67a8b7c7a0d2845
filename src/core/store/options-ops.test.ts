import { describe, expect, it } from 'vitest';
import { userDataText } from '../import/store-compare';
import { applyOptionsOp, listProblem, readOptionsOp, type OptionsOp, type PageSetting } from './options-ops';
import { emptyStore, type Entry, type Settings, type StoreData } from './schema';

const entry = (id: string): Entry => ({ id, label: id.toUpperCase(), account: '123456789012', roleName: 'R', rolePath: '/', partition: 'aws' });
const data = (ids: string[] = ['a']): StoreData => ({ ...emptyStore(), entries: ids.map(entry), favourites: [ids[0]!] });

describe('settings from the options page', () => {
  it('types the settings a page may set without where the list lives (moved by its own op, refused as a setting)', () => {
    // A page's generic setter over PageSetting makes an op with no cast (options/settings-section.tsx).
    const settingOp = <K extends PageSetting>(key: K, value: Settings[K]): OptionsOp => ({ kind: 'setSetting', key, value });
    expect(readOptionsOp(settingOp('theme', 'dark'))).toEqual({ kind: 'setSetting', key: 'theme', value: 'dark' });
    // @ts-expect-error storageArea is not a page setting: the background refuses it at run time
    expect(readOptionsOp(settingOp('storageArea', 'sync'))).toBeUndefined();
  });

  it('sets one setting and leaves the others', () => {
    const d = data();
    expect(applyOptionsOp(d, { kind: 'setSetting', key: 'theme', value: 'dark' })).toEqual({});
    expect(d.settings).toEqual({ ...emptyStore().settings, theme: 'dark' });
  });

  it('takes only the settings the page shows, with one of their values', () => {
    expect(readOptionsOp({ kind: 'setSetting', key: 'hideAccountIds', value: true })).toBeDefined();
    expect(readOptionsOp({ kind: 'setSetting', key: 'unreachable', value: 'hide' })).toBeDefined();
    expect(readOptionsOp({ kind: 'setSetting', key: 'theme', value: 'purple' })).toBeUndefined();
    expect(readOptionsOp({ kind: 'setSetting', key: 'badge', value: 'yes' })).toBeUndefined();
    // Where the list lives is a move (setStorageArea), never a plain setting.
    expect(readOptionsOp({ kind: 'setSetting', key: 'storageArea', value: 'sync' })).toBeUndefined();
    expect(readOptionsOp({ kind: 'setSetting', key: 'constructor', value: undefined })).toBeUndefined();
  });
});

describe('import and its undo', () => {
  it('applies an import onto the list it was previewed from, and gives back the list from before it', () => {
    const d = data();
    const before = structuredClone(d);
    const result = applyOptionsOp(d, { kind: 'applyImport', basis: userDataText(d), result: data(['a', 'b']) });
    expect(result.before).toEqual(before);
    expect(d.entries.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('changes nothing when the list changed since the preview', () => {
    const d = data();
    const basis = userDataText(data(['z']));
    expect(applyOptionsOp(d, { kind: 'applyImport', basis, result: data(['a', 'b']) })).toEqual({ stale: true });
    expect(d).toEqual(data());
  });

  it('undoes onto the list as the import left it; a list changed since is named, and undone only when forced', () => {
    const before = data();
    const after = data(['a', 'b']);
    const d = structuredClone(after);
    expect(applyOptionsOp(d, { kind: 'undoImport', before, after, force: false })).toEqual({});
    expect(d).toEqual(before);

    const changed = { ...structuredClone(after), favourites: ['b'] };
    expect(applyOptionsOp(changed, { kind: 'undoImport', before, after, force: false }).changedSince).toEqual([{ kind: 'favourites' }]);
    expect(changed.favourites).toEqual(['b']);
    expect(applyOptionsOp(changed, { kind: 'undoImport', before, after, force: true })).toEqual({});
    expect(changed).toEqual(before);
  });

  it('reads only ops with whole lists in them', () => {
    expect(readOptionsOp({ kind: 'applyImport', basis: '', result: data() })).toBeDefined();
    expect(readOptionsOp({ kind: 'applyImport', basis: '', result: { entries: 'all' } })).toBeUndefined();
    expect(readOptionsOp({ kind: 'undoImport', before: data(), after: data(), force: false })).toBeDefined();
    expect(readOptionsOp({ kind: 'undoImport', before: data(), after: null, force: false })).toBeUndefined();
  });
});

describe('other ops', () => {
  it('moves the list only to local or sync, and reads nothing else', () => {
    expect(readOptionsOp({ kind: 'setStorageArea', area: 'sync' })).toEqual({ kind: 'setStorageArea', area: 'sync' });
    expect(readOptionsOp({ kind: 'setStorageArea', area: 'cloud' })).toBeUndefined();
    expect(readOptionsOp({ kind: 'remove', id: 'a' })).toBeUndefined();
    expect(readOptionsOp('setStorageArea')).toBeUndefined();
  });
});

describe('a whole list sent to be written', () => {
  it('passes a list the store reads as it is', () => {
    expect(listProblem(data(['a', 'b']))).toBeUndefined();
  });

  it('is refused for an entry with a catalog id or one that does not validate', () => {
    expect(listProblem({ ...data(), entries: [entry('a'), entry('org:x')] })).toMatchObject({ code: 'errStoredEntryCatalogId' });
    expect(listProblem({ ...data(), entries: [{ ...entry('a'), roleName: '' }] })).toMatchObject({ code: 'errStoredEntryInvalid' });
  });

  it('is refused when written by a newer version', () => {
    expect(listProblem({ ...data(), version: 999 } as unknown as StoreData)).toMatchObject({ code: 'errStoreNewer' });
  });
});
