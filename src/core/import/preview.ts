// core/import: reading what the user pastes, drops or fetches into entries. Start here.
// text-input.ts reads first; shared-config.ts, ini-syntax.ts and ini-text.ts read ~/.aws/config,
// aesr-dialect.ts the AESR dialect; to-entries.ts and base-accounts.ts make entries and bases;
// merge-import.ts meets them with the saved list; store-compare.ts applies and undoes an import.
//
// One entry point for everything the import box accepts: ~/.aws/config (with or without the
// credentials file), an AESR configuration, or a Switchyard JSON backup. It reads the text, says
// per profile what would happen, and computes the saved data as it would be after the import —
// without touching anything. Applying is writing `result`; the caller keeps the old data for undo.
import { findCaseConflicts } from '../profile/case-conflicts';
import { coreIssue, type CoreIssue } from '../issues/issue';
import { baseTitle } from '../profile/base-title';
import { makeEntryId } from '../store/entry-id';
import type { BaseAccount, Entry, StoreData } from '../store/schema';
import { detectDialect, type DialectGuess, type ImportDialect } from './aesr-dialect';
import { looksLikeJson, readBackup } from '../export/backup';
import { entryChanges, matchKey, mergeBases, mergeEntries, type FieldChange, type ImportMode, type MergedEntry } from './merge-import';
import { combineFiles, scanConfigText, type ConfigFile, type ParsedConfig } from './shared-config';
import { configToEntries, type NewEntry, type ProfileOutcome } from './to-entries';

export type RowStatus = 'new' | 'changed' | 'unchanged' | 'skipped' | 'invalid' | 'removed';
export const ROW_STATUSES: readonly RowStatus[] = ['new', 'changed', 'unchanged', 'skipped', 'invalid', 'removed'];

export interface PreviewRow {
  /** Unique within the preview. */
  key: string;
  status: RowStatus;
  kind: 'role' | 'sso' | 'base' | 'profile';
  /** The profile (section) name in the file, or the entry's label for a backup or a removal. */
  name: string;
  label: string;
  /** The role in words: `123456789012 · team/Admin`, or the base's account. */
  target?: string;
  file?: ConfigFile;
  line?: number;
  /** Why it is skipped or invalid, and anything worth a second look. */
  reasons: CoreIssue[];
  changes: FieldChange[];
  /** Values the file has but the user's are kept (merge). */
  kept: FieldChange[];
  /** The saved entry this row creates or changes. */
  entryId?: string;
  /** What will be saved, for the user to check before importing (the merged entry's values: a
   *  colour the user chose is kept). For a base row, its alias. */
  region?: string;
  color?: string;
  /** The base account the entry is reached from, as baseTitle shows it. */
  base?: string;
  alias?: string;
}

export type FileIssue = CoreIssue & { file?: ConfigFile };

export interface ImportPreview {
  /** 'portal': a read of an access portal (core/portal/portal-diff.ts makes it). */
  format: 'aws' | 'aesr' | 'backup' | 'portal';
  /** How an INI text was read, and why (the section line that made it AESR). */
  dialect?: DialectGuess;
  mode: ImportMode;
  errors: FileIssue[];
  warnings: FileIssue[];
  rows: PreviewRow[];
  /** Roles and profiles per status: what a person counts (and what the result message says). */
  counts: Record<RowStatus, number>;
  /** Base accounts per status, counted apart: a base account is not a new role. */
  baseCounts: Record<RowStatus, number>;
  /** The saved data after the import (write its user data with replaceUserData); undefined when
   *  there is nothing to change. New entries have fresh ids; the store stamps times itself. */
  result?: StoreData;
}

export interface ImportOptions {
  /** 'merge' (default) keeps saved entries and the user's edits; 'replace' makes the list the file's. */
  mode?: ImportMode;
  /** How to read an INI text; 'auto' (default) recognises AESR by its section lines. */
  dialect?: 'auto' | ImportDialect;
  /** The ~/.aws/credentials file, read along with the config (its secrets are skipped). */
  credentials?: string;
  /** The organisation's catalog: a profile for a role it already offers is skipped, not added
   *  to the user's own list (the popup would show the role twice), unless the user has an entry
   *  of their own for that role: the profile updates it as usual (and 'replace' keeps it). */
  catalog?: readonly Entry[];
  now?: number;
  newId?: () => string;
}

const target = (e: Pick<Entry, 'account' | 'rolePath' | 'roleName'>) => `${e.account} · ${e.rolePath.slice(1)}${e.roleName}`;

const zero = () => Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;

/** Rows per status, base accounts apart from the roles. */
function counted(rows: readonly PreviewRow[]): Pick<ImportPreview, 'counts' | 'baseCounts'> {
  const counts = zero();
  const baseCounts = zero();
  for (let i = 0; i < rows.length; i++) (rows[i]!.kind === 'base' ? baseCounts : counts)[rows[i]!.status]++;
  return { counts, baseCounts };
}

/** What a row shows of the entry it saves. */
function showSaved(row: PreviewRow, entry: Entry | NewEntry, bases: ReadonlyMap<string, BaseAccount>): void {
  if (entry.region !== undefined) row.region = entry.region;
  if (entry.color !== undefined) row.color = entry.color;
  if (entry.base !== undefined) {
    const base = bases.get(entry.base);
    row.base = base ? baseTitle(base) : entry.base;
  }
}

const baseTarget = (base: BaseAccount) => base.account + (base.roleName ? ` · ${base.roleName}` : '');

/** Reads an INI text in the chosen (or detected) dialect. */
export function readConfigText(text: string, options: Pick<ImportOptions, 'dialect' | 'credentials'> = {}): { parsed: ParsedConfig; dialect: DialectGuess } {
  const dialect: DialectGuess = !options.dialect || options.dialect === 'auto' ? detectDialect(text) : { dialect: options.dialect };
  const files = [scanConfigText(text, 'config', dialect.dialect, { cssColour: true })];
  if (options.credentials !== undefined) files.push(scanConfigText(options.credentials, 'credentials'));
  return { parsed: combineFiles(files), dialect };
}

/**
 * What importing `text` into `current` would do. Pure and synchronous: the benchmark calls this
 * (parse + convert + validate + match) on a 10,000-profile config.
 */
export function previewImport(text: string, current: StoreData, options: ImportOptions = {}): ImportPreview {
  const mode = options.mode ?? 'merge';
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => makeEntryId(Math.random));
  if (looksLikeJson(text) && options.credentials === undefined) return previewBackup(text, current);

  const { parsed, dialect } = readConfigText(text, options);
  const outcomes = configToEntries(parsed);
  const rows: PreviewRow[] = [];
  const incoming: NewEntry[] = [];
  const incomingRows: PreviewRow[] = [];
  const incomingBases: BaseAccount[] = [];
  const baseRows = new Map<string, PreviewRow>();
  const seenRoles = new Map<string, string>();
  const inCatalog = new Map<string, string>();
  for (const entry of options.catalog ?? []) inCatalog.set(matchKey(entry), entry.label);
  if (inCatalog.size > 0) for (const entry of current.entries) inCatalog.delete(matchKey(entry));

  const incomingKeys: string[] = [];
  // Rows are plain literals (no spreads): this loop runs once per profile.
  const row = (outcome: ProfileOutcome, key: string, status: RowStatus, kind: PreviewRow['kind'], reasons: CoreIssue[]): PreviewRow =>
    ({ key, status, kind, name: outcome.profile, label: outcome.label, file: outcome.origin.file, line: outcome.origin.line, reasons, changes: [], kept: [] });
  // The same with the entry's target, and its id (set once the merge has given it one).
  const entryRow = (outcome: ProfileOutcome, kind: PreviewRow['kind'], reasons: CoreIssue[], entry: NewEntry): PreviewRow =>
    ({ key: `p:${outcome.profile}`, status: 'new', kind, name: outcome.profile, label: outcome.label, file: outcome.origin.file, line: outcome.origin.line,
      reasons, changes: [], kept: [], target: target(entry), entryId: '' });
  // (Indexed loops here and below: this code runs once per import, often before it is optimised,
  // and an unoptimised for…of allocates for every step of its 10,000.)
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    if (outcome.skipped) rows.push(row(outcome, `p:${outcome.profile}`, 'skipped', 'profile', [outcome.skipped]));
    if (outcome.target) {
      const { kind, entry, errors, warnings } = outcome.target;
      const reasons = errors.length + warnings.length === 0 ? [] : [...errors, ...warnings];
      const key = entry ? matchKey(entry) : '';
      const catalogLabel = inCatalog.size > 0 ? inCatalog.get(key) : undefined;
      if (catalogLabel !== undefined) reasons.push(coreIssue('warnImportInCatalog', [outcome.profile, catalogLabel]));
      const targetRow = catalogLabel !== undefined ? { ...row(outcome, `p:${outcome.profile}`, 'skipped', kind, reasons), target: target(entry!) }
        : entry ? entryRow(outcome, kind, reasons, entry) : row(outcome, `p:${outcome.profile}`, 'invalid', kind, reasons);
      if (catalogLabel === undefined && entry) {
        const first = seenRoles.get(key);
        if (first !== undefined) targetRow.reasons.push(coreIssue('warnImportDuplicateRole', [first, outcome.profile]));
        else seenRoles.set(key, outcome.profile);
        incoming.push(entry);
        incomingKeys.push(key);
        incomingRows.push(targetRow);
      }
      rows.push(targetRow);
    }
    if (outcome.base) {
      const { value, issues } = outcome.base;
      const baseRow = row(outcome, `b:${outcome.profile}`, value ? 'new' : 'skipped', 'base', [...issues]);
      if (value) {
        baseRow.target = baseTarget(value);
        if (value.alias !== undefined) baseRow.alias = value.alias;
        incomingBases.push(value);
        baseRows.set(value.name, baseRow);
      }
      rows.push(baseRow);
    }
  }

  // The incoming entries are this function's own (the outcomes go no further): no copies.
  const merged = mergeEntries(current.entries, incoming, { mode, now, newId, keys: incomingKeys, adopt: true });
  merged.results.forEach((result, index) => {
    const row = incomingRows[index]!;
    row.status = result.status;
    row.changes = result.changes;
    row.kept = result.kept;
    row.entryId = result.entry.id;
  });
  const bases = mergeBases(current.bases, incomingBases, mode);
  for (const result of bases.results) {
    const row = baseRows.get(result.base.name);
    if (row) Object.assign(row, { status: result.status, changes: result.changes });
  }
  // Each row shows what will be saved: the merged entry's region, colour and base.
  const basesByName = new Map(bases.bases.map((b) => [b.name, b]));
  for (let i = 0; i < incomingRows.length; i++) showSaved(incomingRows[i]!, merged.results[i]!.entry, basesByName);
  for (const entry of merged.removed) {
    rows.push({ key: `r:${entry.id}`, status: 'removed', kind: entry.sso ? 'sso' : 'role', name: entry.label, label: entry.label, target: target(entry), reasons: [], changes: [], kept: [], entryId: entry.id });
  }
  for (const base of bases.removed) {
    rows.push({ key: `rb:${base.name}`, status: 'removed', kind: 'base', name: base.name, label: base.name, target: baseTarget(base), reasons: [], changes: [], kept: [] });
  }
  flagLabelsAndCase(merged.entries, incomingRows, merged.results);

  const errors: FileIssue[] = [...parsed.errors];
  const warnings: FileIssue[] = [...parsed.warnings];
  if (outcomes.length === 0 && errors.length === 0) warnings.push(coreIssue('warnImportNothingFound'));
  const changed = rows.some((r) => r.status === 'new' || r.status === 'changed' || r.status === 'removed');
  const preview: ImportPreview = { format: dialect.dialect, dialect, mode, errors, warnings, rows, ...counted(rows) };
  if (changed) preview.result = withEntries(current, merged.entries, bases.bases, mode);
  return preview;
}

/** The saved data with a new list; when replacing, favourites and usage of entries that went go too. */
function withEntries(current: StoreData, entries: Entry[], bases: BaseAccount[], mode: ImportMode): StoreData {
  const result: StoreData = { ...current, entries, bases };
  if (mode === 'replace') {
    const ids = new Set(entries.map((e) => e.id));
    result.favourites = current.favourites.filter((id) => ids.has(id));
    result.usage = Object.fromEntries(Object.entries(current.usage).filter(([id]) => ids.has(id)));
  }
  return result;
}

/**
 * Warns on rows whose entry shares its label with another entry, or differs from one only in case.
 * `rows` are the rows of the incoming entries, `results` what became of each (same order).
 */
function flagLabelsAndCase(entries: readonly Entry[], rows: readonly PreviewRow[], results: readonly MergedEntry[]): void {
  const byLabel = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const label = entries[i]!.label;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  // Only a new entry's row is warned; a new entry has an id no other entry has, and is in the list.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const label = results[i]!.entry.label;
    if (row.status === 'new' && byLabel.get(label)! > 1) row.reasons.push(coreIssue('warnImportLabelTaken', [label]));
  }
  // Only entries that share a role but for case can conflict: find those first (cheap), then ask.
  // Keyed by account and lower-cased name only (the partition and path are compared by findCaseConflicts).
  const roles = entries.map((e) => `${e.account}\n${e.roleName.toLowerCase()}`);
  const byRole = new Map<string, number>();
  for (let i = 0; i < roles.length; i++) byRole.set(roles[i]!, (byRole.get(roles[i]!) ?? 0) + 1);
  const suspects = entries.filter((_, i) => byRole.get(roles[i]!)! > 1);
  const conflicts = findCaseConflicts(suspects);
  if (conflicts.length === 0) return;
  const rowById = new Map<string, PreviewRow>();
  for (const row of rows) if (row.entryId !== undefined) rowById.set(row.entryId, row);
  for (const conflict of conflicts) {
    for (const id of conflict.ids) rowById.get(id)?.reasons.push({ code: conflict.code, message: conflict.message, ...(conflict.params && { params: conflict.params }) });
  }
}

/** A JSON backup restores everything as it was: entries, bases, favourites, usage, groups, settings. */
function previewBackup(text: string, current: StoreData): ImportPreview {
  const { data, errors, warnings } = readBackup(text);
  const preview: ImportPreview = { format: 'backup', mode: 'replace', errors, warnings, rows: [], ...counted([]) };
  if (!data) return preview;
  const saved = new Map(current.entries.map((e) => [e.id, e]));
  const restored = new Set(data.entries.map((e) => e.id));
  const restoredBases = new Map(data.bases.map((b) => [b.name, b]));
  for (const entry of data.entries) {
    const old = saved.get(entry.id);
    const changes = old ? entryChanges(old, entry) : [];
    const status = !old ? 'new' : changes.length > 0 ? 'changed' : 'unchanged';
    const row: PreviewRow = { key: `e:${entry.id}`, status, kind: entry.sso ? 'sso' : 'role', name: entry.label, label: entry.label, target: target(entry), reasons: [], changes, kept: [], entryId: entry.id };
    showSaved(row, entry, restoredBases);
    preview.rows.push(row);
  }
  for (const entry of current.entries) {
    if (!restored.has(entry.id)) preview.rows.push({ key: `r:${entry.id}`, status: 'removed', kind: entry.sso ? 'sso' : 'role', name: entry.label, label: entry.label, target: target(entry), reasons: [], changes: [], kept: [], entryId: entry.id });
  }
  const bases = mergeBases(current.bases, data.bases, 'replace');
  for (const result of bases.results) {
    const base = result.base;
    preview.rows.push({ key: `b:${base.name}`, status: result.status, kind: 'base', name: base.name, label: base.name, target: baseTarget(base), reasons: [], changes: result.changes, kept: [],
      ...(base.alias !== undefined && { alias: base.alias }) });
  }
  for (const base of bases.removed) {
    preview.rows.push({ key: `rb:${base.name}`, status: 'removed', kind: 'base', name: base.name, label: base.name, target: baseTarget(base), reasons: [], changes: [], kept: [] });
  }
  Object.assign(preview, counted(preview.rows));
  preview.result = data;
  return preview;
}
