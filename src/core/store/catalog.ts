// The organisation's role catalog, pushed by enterprise policy (storage.managed). Chrome and Edge
// check the policy against public/managed-schema.json before we see it; Firefox has no schema
// check, so everything is checked again here. A policy whose shape is wrong is ignored as a whole
// (with one message saying where); an entry that is well-formed but not a valid role (a typo in
// an account id) is left out on its own, so one mistake does not empty a company's catalog.
import { coreIssue, type CoreIssue } from '../issue';
import { validateProfile } from '../validate-profile';
import { CATALOG_ID_PREFIX } from './catalog-id';
import type { Entry } from './schema';

export interface Catalog {
  entries: Entry[];
  name?: string;
  issues: CoreIssue[];
}

const STRING_FIELDS = ['id', 'label', 'account', 'roleName', 'rolePath', 'roleArn', 'partition', 'displayName', 'color', 'region', 'group'] as const;
const BOOLEAN_FIELDS = ['production'] as const;
const POLICY_KEYS = ['catalog', 'catalogName'];
/** Enough for any organisation; a policy far beyond it is a mistake, not a catalog. */
export const MAX_CATALOG_ENTRIES = 20_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the policy departs from the schema, or undefined when it matches. */
function schemaProblem(policy: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(policy)) if (!POLICY_KEYS.includes(key)) return `unknown policy "${key}" (expected catalog, catalogName)`;
  if (policy.catalogName !== undefined && typeof policy.catalogName !== 'string') return 'catalogName must be a string';
  const list = policy.catalog;
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return 'catalog must be a list of entries';
  if (list.length > MAX_CATALOG_ENTRIES) return `catalog has ${list.length} entries, more than ${MAX_CATALOG_ENTRIES}`;
  for (const [index, item] of list.entries()) {
    const where = `catalog[${index}]`;
    if (!isObject(item)) return `${where} must be an object`;
    for (const [key, value] of Object.entries(item)) {
      if ((STRING_FIELDS as readonly string[]).includes(key)) {
        if (typeof value !== 'string') return `${where}.${key} must be a string`;
      } else if ((BOOLEAN_FIELDS as readonly string[]).includes(key)) {
        if (typeof value !== 'boolean') return `${where}.${key} must be true or false`;
      } else return `${where} has an unknown property "${key}"`;
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
  for (const [index, item] of ((policy.catalog ?? []) as Record<string, unknown>[]).entries()) {
    const draft = Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const { value, errors } = validateProfile(draft);
    if (!value) {
      issues.push(coreIssue('errCatalogEntryInvalid', [index + 1, errors.map((e) => e.message).join(' ')], { line: index + 1 }));
      continue;
    }
    // An explicit id keeps favourites stable when the admin reorders or edits the catalog.
    const base = `${CATALOG_ID_PREFIX}${draft.id?.trim() || `${value.partition}:${value.account}:${value.rolePath}${value.roleName}`}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
    ids.add(id);
    const entry: Entry = { ...value, id, managed: true };
    if (draft.group?.trim()) entry.group = draft.group.trim();
    if (item.production === true) entry.production = true;
    entries.push(entry);
  }
  const name = typeof policy.catalogName === 'string' && policy.catalogName.trim() ? policy.catalogName.trim() : undefined;
  return { entries, issues, ...(name && { name }) };
}
