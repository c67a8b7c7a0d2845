// Changes the options page asks the background to save, as plain data (the way the popup sends
// core/deck/entry-ops.ts): the background owns the store and is its one writer. Applied here as
// plain functions on StoreData, unit-tested beside this file.
import { describeStoreChanges, replaceUserData, sameUserData, userDataText, type StoreChange } from '../import/store-compare';
import { isDrawableData } from '../deck/shapes';
import { isObject } from '../shared/is-object';
import type { CoreIssue } from '../issues/issue';
import { repairStore } from './repair';
import type { Settings, StoreData } from './schema';

/** The settings the options page shows; where the list lives is moved by its own op. */
export type PageSetting = Exclude<keyof Settings, 'storageArea'>;
const CHOICES: { [K in PageSetting]: readonly Settings[K][] } = {
  hideAccountIds: [true, false],
  badge: [true, false],
  theme: ['system', 'light', 'dark'],
  unreachable: ['grey', 'hide'],
};

export type OptionsOp =
  | { kind: 'setSetting'; key: PageSetting; value: Settings[PageSetting] }
  /** The import's result, saved only onto the list it was previewed from (`basis`: userDataText). */
  | { kind: 'applyImport'; basis: string; result: StoreData }
  /** Puts back `before`, unless the list changed since `after` (then only when `force`). */
  | { kind: 'undoImport'; before: StoreData; after: StoreData; force: boolean }
  | { kind: 'setStorageArea'; area: 'local' | 'sync' };

/** One setting chosen on the options page: answered with the settings only. */
export type SettingOp = Extract<OptionsOp, { kind: 'setSetting' }>;

/** What applying an op gave back: an import, the list from just before it (for its undo), or
 *  nothing when the list had changed since the preview (`stale`); an undo refused for changes
 *  made since the import, what they are. */
export interface OptionsOpResult { before?: StoreData; stale?: true; changedSince?: StoreChange[] }

/** Applies `op` (all but setStorageArea, which is a move, not a change) to the freshest data. */
export function applyOptionsOp(data: StoreData, op: Exclude<OptionsOp, { kind: 'setStorageArea' }>): OptionsOpResult {
  switch (op.kind) {
    case 'setSetting':
      (data.settings as Record<PageSetting, unknown>)[op.key] = op.value;
      return {};
    case 'applyImport': {
      // All or nothing, and only onto the list the preview was made from.
      if (userDataText(data) !== op.basis) return { stale: true };
      const before = structuredClone(data);
      replaceUserData(data, op.result);
      return { before };
    }
    case 'undoImport':
      if (!op.force && !sameUserData(data, op.after)) return { changedSince: describeStoreChanges(op.after, data) };
      replaceUserData(data, op.before);
      return {};
  }
}

/** The op in a message, if it is one: the background checks before it changes anything. */
export function readOptionsOp(value: unknown): OptionsOp | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'setSetting': {
      const choices = typeof value.key === 'string' && Object.hasOwn(CHOICES, value.key) ? (CHOICES[value.key as PageSetting] as readonly unknown[]) : [];
      return choices.includes(value.value) ? (value as OptionsOp) : undefined;
    }
    case 'applyImport':
      return typeof value.basis === 'string' && isDrawableData(value.result) ? (value as OptionsOp) : undefined;
    case 'undoImport':
      return isDrawableData(value.before) && isDrawableData(value.after) && typeof value.force === 'boolean' ? (value as OptionsOp) : undefined;
    case 'setStorageArea':
      return value.area === 'local' || value.area === 'sync' ? (value as OptionsOp) : undefined;
    default:
      return undefined;
  }
}

/** Why a list the page sent to be written whole (an import's result, an undo's `before`) must not
 *  be saved: what the store's own reader would refuse in it (an entry that does not validate, one
 *  with a catalog id, a newer version), as the popup's entries are checked again in the background.
 *  Warnings (hidden characters, entries already kept aside) do not refuse it. */
export function listProblem(list: StoreData): CoreIssue | undefined {
  const repaired = repairStore(list);
  if ('newer' in repaired) return repaired.issues[0];
  return repaired.issues.find((issue) => issue.code.startsWith('err'));
}
