// core/testing: helpers for unit tests and the benchmark, never shipped: a generated role list
// (this file) and an in-memory storage area (memory-area.ts).
//
// A deterministic, realistic role list for tests and the benchmark: an organisation's accounts
// (random 12-digit ids, names like "payments-prod"), several roles in most accounts, the role
// names people really use, some paths, colours, regions and groups, and timestamps that come in
// bursts (lists are mostly imported, then edited one entry at a time).
import { makeEntryId } from '../store/entry-id';
import type { Entry } from '../store/schema';

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const APPS = [
  'payments', 'checkout', 'billing', 'ledger', 'identity', 'auth', 'search', 'catalog', 'inventory', 'orders',
  'shipping', 'returns', 'pricing', 'promotions', 'loyalty', 'reviews', 'recommendations', 'analytics', 'data-lake',
  'data-platform', 'ml-training', 'ml-serving', 'etl', 'reporting', 'bi', 'crm', 'marketing', 'email', 'notifications',
  'messaging', 'chat', 'video', 'media', 'cdn', 'edge', 'api-gateway', 'mobile-backend', 'web', 'frontend', 'cms',
  'docs', 'support', 'helpdesk', 'hr', 'payroll', 'finance', 'treasury', 'risk', 'fraud', 'compliance', 'audit',
  'security', 'siem', 'log-archive', 'backup', 'dr', 'network', 'transit', 'shared-services', 'tooling', 'ci',
  'build', 'artifacts', 'registry', 'observability', 'monitoring', 'tracing', 'platform', 'k8s', 'eks', 'batch',
  'streaming', 'kafka', 'iot', 'telemetry', 'maps', 'geo', 'booking', 'travel', 'partners', 'vendor', 'b2b',
  'warehouse', 'logistics', 'fleet', 'sensors', 'genomics', 'research', 'sandbox-lab', 'innovation', 'legacy', 'mainframe',
  'sap', 'erp', 'salesforce-sync', 'integration', 'events', 'scheduler', 'workflow', 'quotes', 'claims', 'policy',
];
const ENVS = ['prod', 'prod', 'staging', 'dev', 'dev', 'qa', 'test', 'uat', 'sandbox', 'perf', 'preprod', 'shared'];
const UNITS = ['Retail', 'Payments', 'Platform', 'Data', 'Security', 'Corporate IT', 'Mobile', 'Marketing', 'Logistics', 'Finance', 'Research', 'Partners'];
// Weighted: the managed policies' roles and the landing-zone roles come first and most often.
const ROLES: Array<[name: string, short: string, weight: number]> = [
  ['AdministratorAccess', 'admin', 14], ['ReadOnlyAccess', 'readonly', 14], ['PowerUserAccess', 'poweruser', 8],
  ['ViewOnlyAccess', 'viewonly', 6], ['OrganizationAccountAccessRole', 'org-admin', 6], ['Developer', 'dev', 8],
  ['DevOps', 'devops', 5], ['SecurityAudit', 'security-audit', 4], ['Billing', 'billing', 2], ['DatabaseAdministrator', 'dba', 2],
  ['NetworkAdministrator', 'netadmin', 2], ['SupportUser', 'support', 2], ['BreakGlass', 'breakglass', 2],
  ['CloudOpsEngineer', 'cloudops', 3], ['DataScientist', 'data-scientist', 2], ['DataEngineer', 'data-engineer', 2],
  ['IncidentResponder', 'incident', 1], ['Deployer', 'deployer', 2], ['platform-engineer', 'platform', 2],
  ['AWSReservedSSO_AdministratorAccess_0123abcd4567ef89', 'sso-admin', 1], ['ReadOnly-Auditors', 'auditors', 1],
];
const ROLE_WEIGHT = ROLES.reduce((sum, [, , w]) => sum + w, 0);
const PATHS = ['/', '/', '/', '/', '/', '/', '/', '/team/', '/ops/', '/platform/admins/', '/service-role/'];
const REGIONS = ['us-east-1', 'us-east-1', 'us-east-1', 'us-west-2', 'us-west-2', 'eu-west-1', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-southeast-2', 'eu-west-2', 'us-east-2', 'ca-central-1', 'sa-east-1', 'ap-south-1'];
const COLOURS = ['d13212', 'f2b0a9', 'fad791', 'b7ca9d', '99bcdb', 'e3c9f2', 'ff9900', '1d8102', '0073bb', '545b64', 'ec7211', '8c4fff'];

interface Account { name: string; id: string; unit: string; env: string; partition: Entry['partition']; region?: string }

/** `count` entries, always the same for the same seed. */
export function generateEntries(count: number, seed: number): Entry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  // Imports come in a few bursts over a year; later single edits have their own times.
  const start = Date.UTC(2025, 0, 1);
  const bursts = Array.from({ length: 6 }, () => start + Math.floor(random() * 365 * 86_400) * 1000);

  const entries: Entry[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  while (entries.length < count) {
    const account = newAccount();
    const roleCount = 1 + Math.floor(random() * random() * 6);
    const used = new Set<string>();
    for (let r = 0; r < roleCount && entries.length < count; r++) {
      const [roleName, short] = pickRole();
      if (used.has(roleName)) continue;
      used.add(roleName);
      entries.push(newEntry(account, roleName, short));
    }
  }
  return entries;

  function newAccount(): Account {
    let name: string;
    do {
      const app = pick(APPS);
      const env = pick(ENVS);
      name = chance(0.15) ? `${app}-${env}-${pick(['eu', 'us', 'apac', '2', 'v2', 'legacy'])}` : `${app}-${env}`;
    } while (names.has(name) && names.size < APPS.length * 20);
    names.add(name);
    const env = name.split('-').find((part) => ENVS.includes(part)) ?? 'dev';
    const roll = random();
    const partition: Entry['partition'] = roll < 0.03 ? 'aws-us-gov' : roll < 0.04 ? 'aws-cn' : 'aws';
    const region = partition === 'aws-us-gov' ? pick(['us-gov-west-1', 'us-gov-east-1']) : partition === 'aws-cn' ? pick(['cn-north-1', 'cn-northwest-1']) : chance(0.55) ? pick(REGIONS) : undefined;
    return { name, id: digits(12), unit: pick(UNITS), env, partition, ...(region && { region }) };
  }

  function pickRole(): [string, string] {
    let roll = random() * ROLE_WEIGHT;
    for (const [name, short, weight] of ROLES) if ((roll -= weight) < 0) return [name, short];
    return [ROLES[0]![0], ROLES[0]![1]];
  }

  function newEntry(account: Account, roleName: string, short: string): Entry {
    let id: string;
    do id = makeEntryId(random); while (ids.has(id));
    ids.add(id);
    const production = account.env === 'prod';
    const entry: Entry = {
      id,
      label: chance(0.7) ? `${account.name}-${short}` : `${account.name} (${roleName})`,
      account: account.id,
      roleName,
      rolePath: roleName.length < 40 ? pick(PATHS) : '/',
      partition: account.partition,
    };
    if (chance(0.25)) entry.displayName = `${account.name}/${short}`.slice(0, 64);
    if (production) entry.color = chance(0.8) ? 'd13212' : pick(COLOURS);
    else if (chance(0.45)) entry.color = pick(COLOURS);
    if (account.region) entry.region = account.region;
    if (chance(0.8)) entry.group = account.unit;
    if (production && chance(0.9)) entry.production = true;
    entry.updatedAt = chance(0.8) ? pick(bursts) : start + Math.floor(random() * 400 * 86_400) * 1000;
    return entry;
  }
}
