// core/export: the saved list written out. Start here: INI in ~/.aws/config or AESR style.
// backup.ts is the JSON backup (written here, read back by the import's preview); format-config.ts
// writes parsed profiles back as a config file (the import's round-trip tests use it).
//
// Writing the saved list back as INI: ~/.aws/config style (re-imports to the same entries and
// bases), or AESR style (for people moving to or from that extension; Identity Center entries,
// groups and the like have no place there). Never any credential: there is none to write.
import { formatRoleArn } from '../profile/arn';
import { isAccountId } from '../profile/iam-names';
import { regionPartition, type Partition } from '../console/partition';
import { portalPartition, portalRegion } from '../profile/portal-hosts';
import type { BaseAccount, Entry, StoreData } from '../store/schema';
import { encodeIniText } from '../import/ini-text';

const SDK_NAME = /^[A-Za-z0-9_\-/.%@:+]+$/;

/** Section names: the label itself when the SDKs accept it, else a slug of it; never twice. */
function nameMaker() {
  const used = new Set<string>();
  return (wanted: string): string => {
    const stem = SDK_NAME.test(wanted) ? wanted : wanted.replace(/[^A-Za-z0-9_\-/.%@:+]+/g, '-').replace(/^-+|-+$/g, '') || 'entry';
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
    used.add(name);
    return name;
  };
}

type Pairs = Array<[string, string | undefined]>;

function section(header: string, pairs: Pairs): string {
  return [`[${header}]`, ...pairs.filter(([, v]) => v !== undefined).map(([k, v]) => (v === '' ? `${k} =` : `${k} = ${v}`))].join('\n');
}

const roleWithPath = (e: Pick<Entry, 'rolePath' | 'roleName'>) => `${e.rolePath.slice(1)}${e.roleName}`;

/** The host's first label names a portal's sso-session: `d-1234567890`, `my-org`. */
function sessionStem(startUrl: string): string {
  const host = URL.canParse(startUrl) ? new URL(startUrl).hostname : '';
  return host.split('.')[0] || 'sso';
}

/** The base this entry section also stands for, when reading it back would give exactly `base`. */
function sameAsBase(entry: Entry, base: BaseAccount): boolean {
  if (base.partition !== entry.partition) return false;
  if (entry.sso) return base.account === entry.sso.accountId && base.roleName === entry.sso.permissionSet;
  return isAccountId(entry.account) && base.account === entry.account && base.roleName === entry.roleName;
}

export function exportAwsConfig(data: StoreData): string {
  const name = nameMaker();
  const bases = new Map(data.bases.map((b) => [b.name, b]));
  const referenced = new Set(data.entries.flatMap((e) => (e.base === undefined ? [] : [e.base])));
  // A base and an entry of the same name that read back the same share one section.
  const sharedWith = new Map<string, Entry>();
  for (const base of data.bases) {
    const entry = data.entries.find((e) => e.label === base.name && !sharedWith.has(base.name) && sameAsBase(e, base));
    if (entry) sharedWith.set(base.name, entry);
  }
  const sharedEntries = new Set(sharedWith.values());
  const baseSection = new Map<string, string>();
  for (const baseName of new Set([...data.bases.map((b) => b.name), ...referenced])) baseSection.set(baseName, name(baseName));

  const sessions = new Map<string, { name: string; region?: string }>();
  for (const entry of data.entries) {
    if (entry.sso && !sessions.has(entry.sso.startUrl)) {
      const region = portalRegion(entry.sso.startUrl);
      sessions.set(entry.sso.startUrl, { name: name(sessionStem(entry.sso.startUrl)), ...(region && { region }) });
    }
  }

  const blocks: string[] = [];
  const entrySection = (entry: Entry, header: string, base?: BaseAccount): string => {
    const sourceBase = entry.base === undefined ? undefined : bases.get(entry.base);
    const pairs: Pairs = [];
    let derived: Partition;
    if (entry.sso) {
      const session = sessions.get(entry.sso.startUrl)!;
      pairs.push(['sso_session', session.name], ['sso_account_id', entry.sso.accountId], ['sso_role_name', entry.sso.permissionSet]);
      derived = portalPartition(entry.sso.startUrl, session.region);
    } else if (isAccountId(entry.account)) {
      pairs.push(['role_arn', formatRoleArn({ partition: entry.partition, accountId: entry.account, path: entry.rolePath, name: entry.roleName })]);
      derived = entry.partition;
    } else {
      pairs.push(['aws_account_id', entry.account], ['role_name', roleWithPath(entry)]);
      derived = (entry.region && regionPartition(entry.region)) || sourceBase?.partition || 'aws';
    }
    if (derived !== entry.partition) pairs.push(['switchyard_partition', entry.partition]);
    if (entry.base !== undefined) pairs.push(['source_profile', baseSection.get(entry.base)]);
    // Without a region of its own an entry would take its base's target_region: say "none".
    pairs.push(['region', entry.region ?? (sourceBase?.targetRegion !== undefined ? '' : undefined)]);
    pairs.push(['color', entry.color], ['image', entry.image]);
    if (header !== entry.label) pairs.push(['switchyard_label', encodeIniText(entry.label)]);
    pairs.push(['switchyard_display_name', entry.displayName === undefined ? undefined : encodeIniText(entry.displayName)]);
    pairs.push(['switchyard_group', entry.group === undefined ? undefined : encodeIniText(entry.group)]);
    if (entry.production) pairs.push(['switchyard_production', 'true']);
    if (entry.consoleSwitchable === false) pairs.push(['switchyard_console_switchable', 'false']);
    if (base) pairs.push(...basePairs(base, referenced));
    return section(`profile ${header}`, pairs);
  };

  for (const entry of data.entries) {
    if (sharedEntries.has(entry)) continue;
    blocks.push(entrySection(entry, name(entry.label)));
  }
  for (const baseName of baseSection.keys()) {
    const header = baseSection.get(baseName)!;
    const base = bases.get(baseName);
    const entry = sharedWith.get(baseName);
    if (entry && base) {
      blocks.push(entrySection(entry, header, base));
      continue;
    }
    const pairs: Pairs = [];
    if (base) {
      pairs.push(['aws_account_id', base.account], ['role_name', base.roleName]);
      const derived = (base.targetRegion && regionPartition(base.targetRegion)) || 'aws';
      if (derived !== base.partition) pairs.push(['switchyard_partition', base.partition]);
      pairs.push(...basePairs(base, referenced));
    }
    if (header !== baseName) pairs.push(['switchyard_label', encodeIniText(baseName)]);
    blocks.push(section(`profile ${header}`, pairs));
  }
  for (const [startUrl, session] of sessions) {
    blocks.push(section(`sso-session ${session.name}`, [['sso_start_url', startUrl], ['sso_region', session.region]])
      + (session.region ? '' : '\n# sso_region = the region of your IAM Identity Center (needed by the AWS CLI)'));
  }
  const header = [
    `# Switchyard export: ${data.entries.length} entries, ${data.bases.length} base accounts.`,
    '# color, image and switchyard_* are read by Switchyard; the AWS CLI ignores them. No credentials are included.',
  ];
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}

function basePairs(base: BaseAccount, referenced: ReadonlySet<string>): Pairs {
  return [
    ['aws_account_alias', base.alias],
    ['target_role_name', base.targetRoleName],
    ['target_region', base.targetRegion],
    ['switchyard_base', referenced.has(base.name) ? undefined : 'true'],
  ];
}

/** AESR section names: any text, but `#`, `;` and brackets would break its reader. */
function aesrNameMaker() {
  const used = new Set<string>();
  return (wanted: string): string => {
    const stem = wanted.replace(/[[\]#;\r\n]+/g, ' ').replace(/\s+/g, ' ').trim() || 'entry';
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem} (${n})`;
    used.add(name);
    return name;
  };
}

/** AESR's format. Identity Center entries are listed as comments: AESR cannot open them. */
export function exportAesrConfig(data: StoreData): string {
  const name = aesrNameMaker();
  const baseNames = new Map(data.bases.map((b) => [b.name, name(b.name)]));
  const referenced = new Set(data.entries.flatMap((e) => (e.base === undefined ? [] : [e.base])));
  const header = (text: string) => (/^profile\s/i.test(text) ? `profile ${text}` : text);
  const blocks: string[] = [];
  const skipped: string[] = [];
  for (const entry of data.entries) {
    if (entry.sso) {
      skipped.push(`#   ${entry.label.replace(/[\r\n]/g, ' ')}: ${entry.sso.accountId} ${entry.sso.permissionSet} (${entry.sso.startUrl})`);
      continue;
    }
    const target: Pairs = isAccountId(entry.account)
      ? [['role_arn', formatRoleArn({ partition: entry.partition, accountId: entry.account, path: entry.rolePath, name: entry.roleName })]]
      : [['aws_account_id', entry.account], ['role_name', roleWithPath(entry)]];
    const base = entry.base === undefined ? undefined : data.bases.find((b) => b.name === entry.base);
    const derived = isAccountId(entry.account) ? entry.partition : (entry.region && regionPartition(entry.region)) || base?.partition || 'aws';
    blocks.push(section(header(name(entry.label)), [
      ...target,
      ['switchyard_partition', derived === entry.partition ? undefined : entry.partition],
      ['source_profile', entry.base === undefined ? undefined : baseNames.get(entry.base) ?? entry.base],
      ['region', entry.region ?? (base?.targetRegion !== undefined ? '' : undefined)],
      ['color', entry.color],
      ['image', entry.image],
    ]));
  }
  for (const base of data.bases) {
    const derived = (base.targetRegion && regionPartition(base.targetRegion)) || 'aws';
    blocks.push(section(header(baseNames.get(base.name)!), [
      ['aws_account_id', base.account],
      ['switchyard_partition', derived === base.partition ? undefined : base.partition],
      ['aws_account_alias', base.alias],
      ['role_name', base.roleName],
      ['target_role_name', base.targetRoleName],
      ['target_region', base.targetRegion],
      ['switchyard_base', referenced.has(base.name) ? undefined : 'true'],
    ]));
  }
  const intro = [`# AWS Extend Switch Roles configuration, exported by Switchyard: ${data.entries.length - skipped.length} roles.`];
  if (skipped.length > 0) intro.push('# IAM Identity Center entries (AWS Extend Switch Roles cannot open these):', ...skipped);
  return `${[intro.join('\n'), ...blocks].join('\n\n')}\n`;
}
