// Property-based tests (fast-check): the reader never throws on anything, and writing back what it
// read reads back the same — for the parsed profiles, and for whole entry lists via the export.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTITIONS, type Partition } from '../console/partition';
import { emptyStore, type BaseAccount, type Entry, type StoreData } from '../store/schema';
import { parseAesrConfig } from './aesr-dialect';
import { exportAwsConfig } from '../export/export-ini';
import { formatSharedConfig } from '../export/format-config';
import { previewImport } from './preview';
import { parseSharedConfigFiles } from './shared-config';
import { stableStringify } from './store-compare';

const RUNS = 10_000;
const chars = (alphabet: string, minLength = 0, maxLength = 12) =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), minLength, maxLength });

const NAME = 'abcXYZ019-_/.%@:+';
const name = chars(NAME, 1, 8);
const key = fc.oneof(fc.constantFrom('region', 'role_arn', 'Source_Profile', 'S3', 'sso_session', 'aws_secret_access_key', 'color'), chars(NAME, 1, 6));
// Values as people write them, with the characters that matter to the rules (= # ; [ ] quotes, tabs, Unicode).
const value = chars('abZ09 \t=#;:/."\'[]é本😂-', 0, 14);
const space = fc.constantFrom('', ' ', '\t', '  ');

/** One line of a config-like file: mostly well-formed, often not. */
const line = fc.oneof(
  fc.tuple(space, fc.constantFrom('profile ', 'profile\t', 'sso-session ', 'services ', 'Profile ', ''), name, space, fc.constantFrom('', ' # c', ';c', ' x'))
    .map(([s, prefix, n, t, tail]) => `[${s}${prefix}${n}${t}]${tail}`),
  fc.constant('[default]'),
  fc.tuple(key, space, value, fc.constantFrom('', ' # note', ' ;x', '#glued')).map(([k, s, v, c]) => `${k}${s}=${s}${v}${c}`),
  fc.tuple(fc.constantFrom(' ', '\t', '  '), key, value).map(([indent, k, v]) => `${indent}${k} = ${v}`),
  fc.tuple(fc.constantFrom(' ', '\t'), value).map(([indent, v]) => `${indent}${v}`),
  fc.constantFrom('', '# comment', '; comment', '   ', 'no equals here', '= no key', '[unclosed'),
  fc.string({ maxLength: 20 }),
);
const file = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

describe('the config reader, on generated input', () => {
  // One property, so that each of the generated inputs is checked for both.
  it(`never throws, and parse → format → parse is the identity (${RUNS} generated files, with arbitrary text)`, () => {
    const anyText = fc.oneof({ weight: 4, arbitrary: file }, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(fc.property(anyText, file, (config, credentials) => {
      parseAesrConfig(config);
      const first = parseSharedConfigFiles({ config, credentials });
      const again = parseSharedConfigFiles({ config: formatSharedConfig(first) });
      const same = again.errors.length === 0 && stableStringify(again.profiles) === stableStringify(first.profiles)
        && stableStringify(again.ssoSessions) === stableStringify(first.ssoSessions);
      if (!same) expect({ errors: again.errors, profiles: again.profiles, ssoSessions: again.ssoSessions }).toEqual({ errors: [], profiles: first.profiles, ssoSessions: first.ssoSessions });
    }), { numRuns: RUNS });
  }, 30_000); // a few seconds; the limit is for a machine under load
});

// Entry lists as the store holds them (valid by construction), for the export round trip.
const REGIONS: Record<Partition, string[]> = {
  aws: ['us-east-1', 'eu-west-1', 'ap-northeast-1'], 'aws-us-gov': ['us-gov-west-1'], 'aws-cn': ['cn-north-1'], 'aws-eusc': ['eusc-de-east-1'],
};
const label = fc.string({ unit: fc.constantFrom(...Array.from('aZ9 -_#;%[]=:/.é本😂\'"')), minLength: 1, maxLength: 30 })
  .map((s) => s.trim()).filter((s) => s !== '');
const roleName = chars('abcXYZ019+=,.@_-', 1, 20);
const account = fc.oneof(chars('0123456789', 12, 12), fc.tuple(chars('abcxyz'), chars('abc123-', 1, 1), chars('abc0189', 1, 8)).map(([a, b, c]) => `a${a}${b}${c}`));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const entryArb = (baseNames: string[]) => fc.record({
  label, partition: fc.constantFrom(...PARTITIONS), account, roleName, path: fc.constantFrom('/', '/ops/', '/a/b/'),
  region: fc.boolean(), color: optional(chars('0123456789abcdef', 6, 6)), displayName: optional(label),
  group: optional(label), production: fc.boolean(), consoleSwitchable: fc.boolean(), image: optional(fc.constantFrom('https://img.example/a.png', 'https://x.test/p?q=1#f')),
  base: optional(fc.constantFrom(...baseNames, 'missing base')), sso: fc.boolean(),
}).map((r): Omit<Entry, 'id'> => {
  const entry: Omit<Entry, 'id'> = { label: r.label, account: r.account, roleName: r.roleName, rolePath: r.path, partition: r.partition };
  if (r.sso) {
    Object.assign(entry, { account: '012345678901', rolePath: '/', sso: { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '012345678901', permissionSet: r.roleName } });
  }
  if (r.region) entry.region = REGIONS[r.partition][0]!;
  for (const field of ['color', 'displayName', 'group', 'image', 'base'] as const) if (r[field] !== undefined) entry[field] = r[field];
  if (r.production) entry.production = true;
  if (r.consoleSwitchable) entry.consoleSwitchable = false;
  return entry;
});
const baseArb = fc.record({
  name: label, account, alias: optional(fc.constantFrom('corp-login', 'team-x1')), partition: fc.constantFrom(...PARTITIONS), roleName: optional(roleName), targetRoleName: optional(roleName), targetRegion: fc.boolean(),
}).map((r): BaseAccount => {
  const base: BaseAccount = { name: r.name, account: r.account, partition: r.partition };
  if (r.alias !== undefined) base.alias = r.alias;
  if (r.roleName !== undefined) base.roleName = r.roleName;
  if (r.targetRoleName !== undefined) base.targetRoleName = r.targetRoleName;
  if (r.targetRegion) base.targetRegion = REGIONS[r.partition][0]!;
  return base;
});
const storeArb = fc.uniqueArray(baseArb, { selector: (b) => b.name, maxLength: 3 }).chain((bases) =>
  fc.array(entryArb(bases.length > 0 ? bases.map((b) => b.name) : ['none']), { maxLength: 8 }).map((entries): StoreData => ({
    ...emptyStore(), bases, entries: entries.map((e, i) => ({ ...e, id: `e${i}` })),
  })));

const strip = (entries: readonly Entry[]) => entries.map(({ id: _i, updatedAt: _u, ...rest }) => stableStringify(rest)).sort();

describe('the export, on generated entry lists', () => {
  it('re-imports to the same entries and base accounts (500 lists)', () => {
    fc.assert(fc.property(storeArb, (data) => {
      const back = previewImport(exportAwsConfig(data), emptyStore(), { now: 1 });
      expect(back.errors).toEqual([]);
      expect(strip(back.result?.entries ?? [])).toEqual(strip(data.entries));
      expect((back.result?.bases ?? []).map(stableStringify).sort()).toEqual(data.bases.map(stableStringify).sort());
    }), { numRuns: 500 });
  }, 30_000);
});
