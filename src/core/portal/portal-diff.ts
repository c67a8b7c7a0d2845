// A read of a portal against the saved list and the last read of the same portal: what is new,
// what changed (an account renamed), what is unchanged, and what is gone from the portal since.
// It feeds the import preview as any import does (rows, counts, the data after the import, for
// apply and undo), through the same merge (merge-import.ts: the user's label, colour, group and
// production mark are kept, ids stay). Two things differ from a file import:
// - Gone entries are marked, never deleted: a 'removed' row says so, and the entry stays in the
//   result until the user removes it. The mark lives in the portal's memory, not in the entry, so
//   the saved entry's shape does not change.
// - An entry the user removed after the last read is not added again while the portal still lists it.
// What is remembered of a portal (PortalMemory) is its start URL, when it was read, the rule, and
// which accounts (id, name) and permission sets it listed: no token, no cookie, nothing secret.
import { regionPartition } from '../console/partition';
import { coreIssue } from '../issues/issue';
import { matchKey, mergeEntries, type FieldChange } from '../import/merge-import';
import { ROW_STATUSES, type ImportPreview, type PreviewRow, type RowStatus } from '../import/preview';
import type { NewEntry } from '../import/to-entries';
import { portalBase } from '../profile/portal-hosts';
import { isAccountId } from '../profile/iam-names';
import { isObject } from '../shared/is-object';
import type { StoreData } from '../store/schema';
import type { PortalAccount } from './portal-answers';
import { portalIssue, type PortalIssue } from './portal-issues';
import { portalEntry, portalLabel, type PortalEntryContext } from './portal-labels';
import type { PortalAssignment, PortalRead } from './portal-read';

export interface PortalMemory {
  startUrl: string;
  readAt: number;
  /** The label rule the user chose for this portal. */
  labelRule?: string;
  /** Accounts as last read: a name that differs now is a renamed account. */
  accounts: Array<{ accountId: string; name?: string }>;
  /** `<account id>/<permission set>` of every assignment last read. */
  pairs: string[];
  /** Pairs no longer in the portal whose entries are kept, marked; since when (ms). */
  gone: Array<{ pair: string; since: number }>;
  /** The region the last read used (the portal's own, since it answered there): the next read of an
   *  address that does not say its region tries it first. Absent in memories written before it. */
  region?: string;
}

/** A permission set name cannot hold '/', so the pair is unambiguous. */
export const pairKey = (accountId: string, permissionSet: string): string => `${accountId}/${permissionSet}`;

const PAIR = /^\d{12}\/[A-Za-z0-9+=,.@_-]{1,64}$/;

/** Whether two start URLs are the same portal (however the URL ends: `/start`, `/start/#/`, …). */
export function samePortal(a: string, b: string): boolean {
  const base = portalBase(a);
  return base !== undefined && base === portalBase(b);
}

/** What to remember after a read (carrying over since when each gone pair has been missing). */
export function rememberRead(startUrl: string, read: PortalRead, now: number, previous?: PortalMemory, labelRule?: string, region?: string): PortalMemory {
  const pairs = read.assignments.map((a) => pairKey(a.account.accountId, a.permissionSet));
  const present = new Set(pairs);
  const since = new Map((previous?.gone ?? []).map((g) => [g.pair, g.since]));
  const gone = [...new Set([...(previous?.pairs ?? []), ...since.keys()])].filter((p) => !present.has(p)).map((pair) => ({ pair, since: since.get(pair) ?? now }));
  const memory: PortalMemory = { startUrl, readAt: now, accounts: read.accounts.map(({ accountId, name }) => (name === undefined ? { accountId } : { accountId, name })), pairs, gone };
  if (labelRule !== undefined) memory.labelRule = labelRule;
  if (region !== undefined) memory.region = region;
  return memory;
}

/** A memory read back from storage, checked like any stored value (undefined when unusable). */
export function readMemory(value: unknown): PortalMemory | undefined {
  if (!isObject(value) || typeof value.startUrl !== 'string' || portalBase(value.startUrl) === undefined) return undefined;
  if (typeof value.readAt !== 'number' || !Array.isArray(value.accounts) || !Array.isArray(value.pairs)) return undefined;
  const memory: PortalMemory = {
    startUrl: value.startUrl,
    readAt: value.readAt,
    accounts: value.accounts.filter((a): a is { accountId: string; name?: string } =>
      isObject(a) && typeof a.accountId === 'string' && isAccountId(a.accountId) && (a.name === undefined || typeof a.name === 'string'))
      .map(({ accountId, name }) => (name === undefined ? { accountId } : { accountId, name })),
    pairs: value.pairs.filter((p): p is string => typeof p === 'string' && PAIR.test(p)),
    gone: (Array.isArray(value.gone) ? value.gone : []).filter((g): g is { pair: string; since: number } =>
      isObject(g) && typeof g.pair === 'string' && PAIR.test(g.pair) && typeof g.since === 'number').map(({ pair, since }) => ({ pair, since })),
  };
  if (typeof value.labelRule === 'string') memory.labelRule = value.labelRule;
  // Only a region of some partition: the next read builds the API's host from it.
  if (typeof value.region === 'string' && regionPartition(value.region) !== undefined) memory.region = value.region;
  return memory;
}

export interface PortalDiff {
  added: string[];
  /** Accounts whose name changed since the last read. */
  renamed: Array<{ accountId: string; from?: string; to?: string }>;
  unchanged: string[];
  gone: string[];
}

/** The differences between the last read and this one, as pairs (a first read: everything added). */
export function diffReads(previous: PortalMemory | undefined, read: PortalRead): PortalDiff {
  const before = new Set(previous?.pairs ?? []);
  const now = read.assignments.map((a) => pairKey(a.account.accountId, a.permissionSet));
  const present = new Set(now);
  const names = new Map((previous?.accounts ?? []).map((a) => [a.accountId, a.name]));
  const renamed: PortalDiff['renamed'] = [];
  for (const account of read.accounts) {
    if (!names.has(account.accountId)) continue;
    const from = names.get(account.accountId);
    if (from !== account.name) renamed.push({ accountId: account.accountId, ...(from !== undefined && { from }), ...(account.name !== undefined && { to: account.name }) });
  }
  return {
    added: now.filter((p) => !before.has(p)),
    renamed,
    unchanged: now.filter((p) => before.has(p)),
    gone: [...before].filter((p) => !present.has(p)),
  };
}

export type PortalPreview = Omit<ImportPreview, 'format' | 'dialect'> & {
  format: 'portal';
  diff: PortalDiff;
  /** What to remember of this portal: write it when the user applies the import (even one with
   *  nothing else to write, e.g. only gone entries), never when they cancel — an unapplied read
   *  remembered would make its new entries look removed by the user on the next refresh. */
  memory: PortalMemory;
};

export interface PortalPreviewOptions extends PortalEntryContext {
  memory?: PortalMemory;
  now: number;
  newId: () => string;
}

const zero = () => Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;

/** Warnings that mean the portal answered something the read had to leave out. */
const SKIPPED: ReadonlySet<string> = new Set(['warnPortalItemSkipped', 'warnPortalAccountId', 'warnPortalPermissionSet']);

/** Whether the read may have missed assignments the portal has: nothing listed, or items skipped. */
export function isIncomplete(read: Pick<PortalRead, 'accounts' | 'warnings'>): boolean {
  return read.accounts.length === 0 || read.warnings.some((w) => SKIPPED.has(w.code));
}

/** What importing this read into `current` would do. Pure: nothing is saved. */
export function portalPreview(read: PortalRead, current: StoreData, options: PortalPreviewOptions): PortalPreview {
  const memory = options.memory && samePortal(options.memory.startUrl, options.startUrl) ? options.memory : undefined;
  const diff = diffReads(memory, read);
  const renamed = new Map(diff.renamed.map((r) => [r.accountId, r]));
  const savedKeys = new Set(current.entries.map(matchKey));
  const remembered = new Set(memory?.pairs ?? []);
  const rows: PreviewRow[] = [];
  const incoming: NewEntry[] = [];
  const incomingOf: PortalAssignment[] = [];
  for (const assignment of read.assignments) {
    const { account, permissionSet } = assignment;
    const entry = portalEntry(account, permissionSet, options);
    const pair = pairKey(account.accountId, permissionSet);
    if (remembered.has(pair) && !savedKeys.has(matchKey(entry))) {
      rows.push(row(pair, 'skipped', entry.label, [portalIssue('warnPortalRemovedByYou', [account.accountId, permissionSet])]));
      continue;
    }
    incoming.push(entry);
    incomingOf.push(assignment);
  }
  const merged = mergeEntries(current.entries, incoming, { mode: 'merge', now: options.now, newId: options.newId });
  merged.results.forEach((result, i) => {
    const { account, permissionSet } = incomingOf[i]!;
    const reasons: PortalIssue[] = [];
    const rename = renamed.get(account.accountId);
    let { status, changes, kept } = result;
    if (rename) {
      reasons.push(portalIssue('warnPortalAccountRenamed', [account.accountId, rename.from ?? account.accountId, rename.to ?? account.accountId]));
      // The label follows the new name only where it is still the one the rule made from the old.
      const before = portalLabel(options.rule, withName(account, rename.from), permissionSet);
      const after = portalLabel(options.rule, account, permissionSet);
      if (status !== 'new' && result.entry.label === before && before !== after) {
        result.entry.label = after;
        result.entry.updatedAt = options.now;
        changes = [...changes, { field: 'label', from: before, to: after } satisfies FieldChange];
        // The merge kept the old label as the user's; it is the rule's, and now follows the name.
        kept = kept.filter((k) => k.field !== 'label');
        status = 'changed';
      }
    }
    const shown = row(pairKey(account.accountId, permissionSet), status, result.entry.label, reasons);
    Object.assign(shown, { changes, kept, entryId: result.entry.id });
    if (result.entry.region !== undefined) shown.region = result.entry.region;
    if (result.entry.color !== undefined) shown.color = result.entry.color;
    rows.push(shown);
  });
  const present = new Set(read.assignments.map((a) => pairKey(a.account.accountId, a.permissionSet)));
  // A read that listed no account, or skipped items it could not read, may have missed some: what
  // it did not see is not called gone (and so cannot be removed with one tick).
  const thisPortal = isIncomplete(read) ? undefined : portalBase(options.startUrl);
  // Entries of one portal share one start URL (text): each text is parsed once, not once per entry.
  const baseOf = new Map<string, string | undefined>();
  for (const entry of current.entries) {
    if (!entry.sso) continue;
    const url = entry.sso.startUrl;
    if (!baseOf.has(url)) baseOf.set(url, portalBase(url));
    if (thisPortal === undefined || baseOf.get(url) !== thisPortal) continue;
    const pair = pairKey(entry.sso.accountId, entry.sso.permissionSet);
    if (present.has(pair)) continue;
    const gone = row(pair, 'removed', entry.label, [portalIssue('warnPortalGone', [entry.label, entry.sso.accountId, entry.sso.permissionSet])]);
    gone.entryId = entry.id;
    rows.push(gone);
  }
  // Two accounts of the same name give the same label: said on the new row, as a file import says it.
  const byLabel = new Map<string, number>();
  for (const entry of merged.entries) byLabel.set(entry.label, (byLabel.get(entry.label) ?? 0) + 1);
  for (const r of rows) if (r.status === 'new' && byLabel.get(r.label)! > 1) r.reasons.push(coreIssue('warnImportLabelTaken', [r.label]));
  const counts = zero();
  for (const r of rows) counts[r.status]++;
  const preview: PortalPreview = {
    format: 'portal', mode: 'merge', errors: [], warnings: [...read.warnings], rows, counts, baseCounts: zero(), diff,
    memory: rememberRead(options.startUrl, read, options.now, memory, options.rule.text, options.region),
  };
  if (counts.new + counts.changed > 0) preview.result = { ...current, entries: merged.entries };
  return preview;
}

function withName(account: PortalAccount, name: string | undefined): PortalAccount {
  const copy: PortalAccount = { accountId: account.accountId };
  if (name !== undefined) copy.name = name;
  if (account.email !== undefined) copy.email = account.email;
  return copy;
}

function row(pair: string, status: RowStatus, label: string, reasons: PortalIssue[]): PreviewRow {
  const [accountId, permissionSet] = [pair.slice(0, 12), pair.slice(13)];
  return { key: `portal:${pair}`, status, kind: 'sso', name: label, label, target: `${accountId} · ${permissionSet}`, reasons, changes: [], kept: [] };
}

/** The saved entries a preview marks as gone from the portal (for the popup and the options list). */
export function goneEntryIds(preview: Pick<PortalPreview, 'rows'>): string[] {
  return preview.rows.filter((r) => r.status === 'removed' && r.entryId !== undefined).map((r) => r.entryId!);
}


/** `data` without the entries a preview marks as gone from the portal (their favourites and usage
 *  go with them): what the user chose when they confirm the removal. Pure: a new object. */
export function withoutGone(data: StoreData, preview: Pick<PortalPreview, 'rows'>): StoreData {
  const gone = new Set(goneEntryIds(preview));
  if (gone.size === 0) return data;
  return {
    ...data,
    entries: data.entries.filter((e) => !gone.has(e.id)),
    favourites: data.favourites.filter((id) => !gone.has(id)),
    usage: Object.fromEntries(Object.entries(data.usage).filter(([id]) => !gone.has(id))),
  };
}
