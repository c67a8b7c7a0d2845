// The organisation's role catalog, pushed by enterprise policy (storage.managed). Chrome and Edge
// check the policy against public/managed-schema.json before we see it; Firefox has no schema
// check, so everything is checked again here. A policy whose shape is wrong is ignored as a whole
// (with one message saying where); an entry that is well-formed but not a valid role (a typo in
// an account id) is left out on its own, so one mistake does not empty a company's catalog.
import { coreIssue, type CoreIssue } from '../issues/issue';
import { validateProfile } from '../profile/validate-profile';
import { CATALOG_ID_PREFIX } from './catalog-id';
import { isObject } from '../shared/is-object';
import { str } from './read-value';
import type { Entry } from './schema';

export interface Catalog {
  entries: Entry[];
  name?: string;
  issues: CoreIssue[];
}

const STRING_FIELDS = ['id', 'label', 'account', 'roleName', 'rolePath', 'roleArn', 'partition', 'displayName', 'color', 'region', 'group'] as const;
const BOOLEAN_FIELDS = ['production'] as const;
// Looked up for every key of every entry (a policy may have 20,000 entries).
const STRING_FIELD_SET: ReadonlySet<string> = new Set(STRING_FIELDS);
const BOOLEAN_FIELD_SET: ReadonlySet<string> = new Set(BOOLEAN_FIELDS);
// suppressWelcome is not the catalog's (core/welcome/welcome-policy.ts reads it), but it is part of
// the same policy, and a policy with a key it does not know is ignored as a whole.
const POLICY_KEYS = ['catalog', 'catalogName', 'suppressWelcome'];
/** Enough for any organisation; a policy far beyond it is a mistake, not a catalog. */
export const MAX_CATALOG_ENTRIES = 20_000;


/** Where the policy departs from the schema, or undefined when it matches. */
function schemaProblem(policy: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(policy)) if (!POLICY_KEYS.includes(key)) return `unknown policy "${key}" (expected ${POLICY_KEYS.join(', ')})`;
  if (policy.suppressWelcome !== undefined && typeof policy.suppressWelcome !== 'boolean') return 'suppressWelcome must be true or false';
  if (policy.catalogName !== undefined && typeof policy.catalogName !== 'string') return 'catalogName must be a string';
  const list = policy.catalog;
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return 'catalog must be a list of entries';
  if (list.length > MAX_CATALOG_ENTRIES) return `catalog has ${list.length} entries, more than ${MAX_CATALOG_ENTRIES}`;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (!isObject(item)) return `catalog[${index}] must be an object`;
    for (const key of Object.keys(item)) {
      const value = item[key];
      if (STRING_FIELD_SET.has(key)) {
        if (typeof value !== 'string') return `catalog[${index}].${key} must be a string`;
      } else if (BOOLEAN_FIELD_SET.has(key)) {
        if (typeof value !== 'boolean') return `catalog[${index}].${key} must be true or false`;
      } else return `catalog[${index}] has an unknown property "${key}"`;
    }
  }
  return undefined;
}

/** The catalog entries of a policy (the object storage.managed gives), read-only and marked. */
export function readCatalog(policy: unknown): Catalog {
  if (policy === undefined || policy === null || (isObject(policy) && Object.keys(policy).length === 0)) return { entries: [], issues: [] };
  if (!isObject(policy)) return { entries: [], issues: [coreIssue('errCatalogInvalid', ['the policy is not an object'])] };
  const problem = schemaProblem(policy);
  if (problem) return { entries: [], issues: [coreIssue('errCatalogInvalid', [problem])] };

  const issues: CoreIssue[] = [];
  const entries: Entry[] = [];
  const ids = new Set<string>();
  /** Per base id, the suffix to try next: each base's count only grows, so telling thousands of
   *  equal ids apart costs one step each instead of a search from #2 every time. */
  const nextSuffix = new Map<string, number>();
  const list = (policy.catalog ?? []) as Record<string, unknown>[];
  for (let index = 0; index < list.length; index++) {
    const item = list[index]!;
    // Every draft of one shape (a policy may have 20,000 entries: the checks then read them fast).
    const draft = {
      id: str(item.id), label: str(item.label), account: str(item.account), roleName: str(item.roleName), rolePath: str(item.rolePath),
      roleArn: str(item.roleArn), partition: str(item.partition), displayName: str(item.displayName), color: str(item.color),
      region: str(item.region), group: str(item.group),
    } satisfies Record<(typeof STRING_FIELDS)[number], string | undefined>;
    const { value, errors } = validateProfile(draft);
    if (!value) {
      issues.push(coreIssue('errCatalogEntryInvalid', [index + 1, errors.map((e) => e.message).join(' ')], { line: index + 1 }));
      continue;
    }
    // An explicit id keeps favourites stable when the admin reorders or edits the catalog.
    const base = `${CATALOG_ID_PREFIX}${draft.id?.trim() || `${value.partition}:${value.account}:${value.rolePath}${value.roleName}`}`;
    const id = uniqueId(base, ids, nextSuffix);
    const entry: Entry = { ...value, id, managed: true };
    if (draft.group?.trim()) entry.group = draft.group.trim();
    if (item.production === true) entry.production = true;
    entries.push(entry);
  }
  const name = typeof policy.catalogName === 'string' && policy.catalogName.trim() ? policy.catalogName.trim() : undefined;
  return { entries, issues, ...(name && { name }) };
}

/**
 * `base`, or when an earlier entry of the policy has it, `base#2`, `base#3`, …: the first of these
 * not yet given, in policy order. So the first entry keeps its id, later equal ones are numbered
 * in the order the policy lists them, and an id already given (an explicit `x#2`) is skipped. The
 * same policy always gives the same ids, as favourites and recents store them. Linear: a base's
 * counter resumes where it stopped, because every suffix below it is still taken.
 */
function uniqueId(base: string, given: Set<string>, nextSuffix: Map<string, number>): string {
  let id = base;
  if (given.has(id)) {
    let n = nextSuffix.get(base) ?? 2;
    while (given.has((id = `${base}#${n}`))) n++;
    nextSuffix.set(base, n + 1);
  }
  given.add(id);
  return id;
}
