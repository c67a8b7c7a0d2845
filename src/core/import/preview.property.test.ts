// Property-based test (fast-check): whatever text is pasted or opened, previewImport finishes and
// answers with a preview (errors as data), never an exception. Sizes are bounded so it runs in a
// few seconds; how long big inputs take is the benchmark's business (import10kMs, importChain10kMs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStore, type Entry, type StoreData } from '../store/schema';
import { exportBackup } from '../export/backup';
import { previewImport, ROW_STATUSES, type ImportOptions } from './preview';

const RUNS = 5_000;

// A few profile names, so that source_profile links meet: chains, circles, self-links, duplicates.
const profileName = fc.constantFrom('a', 'b', 'c', 'd', 'default', 'a b', 'é', 'Org1', 'x#1');
const keyLine = fc.oneof(
  profileName.map((n) => `source_profile = ${n}`),
  fc.constantFrom(
    'role_arn = arn:aws:iam::123456789012:role/R', 'role_arn = arn:aws-cn:iam::123456789012:role/a/b/R', 'role_arn = arn:aws:iam::1:role/',
    'aws_account_id = 123456789012', 'aws_account_alias = my-org', 'role_name = team/Admin', 'target_role_name = T', 'target_region = eu-west-1',
    'sso_account_id = 123456789012', 'sso_role_name = R', 'sso_session = a', 'sso_start_url = https://d-1234567890.awsapps.com/start',
    'sso_region = us-gov-west-1', 'region = cn-north-1', 'region =', 'switchyard_base = true', 'switchyard_label = L\\u00e9', 'switchyard_partition = aws-eusc',
    'credential_source = Environment', 'credential_process = /bin/x', 'external_id = x', 'color = #ff0000', 'color = "abc"',
    'image = "https://x.test/a.png"', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  ),
  fc.string({ maxLength: 20 }),
);
const section = fc.tuple(fc.constantFrom('[profile ', '[', '[sso-session ', '[Profile '), profileName, fc.constantFrom(']', ']', ']', '] # c', ''), fc.array(keyLine, { maxLength: 6 }))
  .map(([open, name, close, lines]) => [`${open}${name}${close}`, ...lines].join('\n'));
const config = fc.tuple(fc.array(section, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([sections, eol, bom]) => (bom ? '\uFEFF' : '') + sections.join('\n').replace(/\n/g, eol));

const entry = fc.record({ label: fc.constantFrom('a', 'b', 'L'), roleName: fc.constantFrom('R', 'Admin'), base: fc.option(profileName, { nil: undefined }) })
  .map(({ label, roleName, base }): Entry => ({ id: 'e', label, roleName, account: '123456789012', rolePath: '/', partition: 'aws', ...(base !== undefined && { base }) }));
const store = fc.array(entry, { maxLength: 4 }).map((entries): StoreData => ({ ...emptyStore(), entries: entries.map((e, k) => ({ ...e, id: `e${k}` })) }));

// Backups: a real one with a field replaced by any JSON, and JSON that is no backup at all.
const backup = fc.tuple(store, fc.constantFrom('version', 'entries', 'bases', 'settings', 'favorites', 'label', 'account', 'base'), fc.jsonValue({ maxDepth: 2 }))
  .map(([data, key, value]) => {
    const json = JSON.parse(exportBackup(data)) as Record<string, unknown>;
    const first = (json.entries as Record<string, unknown>[])[0];
    if (key in json || !first) json[key] = value;
    else first[key] = value;
    return JSON.stringify(json);
  });
const text = fc.oneof(
  { weight: 4, arbitrary: config },
  { weight: 1, arbitrary: backup },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);
const options = fc.record({
  mode: fc.constantFrom('merge', 'replace'), dialect: fc.constantFrom('auto', 'aws', 'aesr'), credentials: fc.option(config, { nil: undefined }),
  catalog: fc.option(fc.array(entry.map((e): Entry => ({ ...e, id: `org:${e.id}`, managed: true })), { maxLength: 2 }), { nil: undefined }),
}, { requiredKeys: ['mode'] }).map((o): ImportOptions => ({ ...o, now: 1, newId: (() => { let n = 0; return () => `n${n++}`; })() }));

describe('previewImport, on generated text', () => {
  it(`answers every text with a preview, never an exception (${RUNS} texts: configs with source_profile chains and circles, backups, any text)`, () => {
    fc.assert(fc.property(text, store, options, (input, current, opts) => {
      const preview = previewImport(input, current, opts);
      expect(['aws', 'aesr', 'backup']).toContain(preview.format);
      // Every row counted once, under a key of its own; every message a text a person can read.
      const counted = ROW_STATUSES.reduce((sum, s) => sum + preview.counts[s] + preview.baseCounts[s], 0);
      expect(counted).toBe(preview.rows.length);
      expect(new Set(preview.rows.map((r) => r.key)).size).toBe(preview.rows.length);
      for (const issue of [...preview.errors, ...preview.warnings, ...preview.rows.flatMap((r) => r.reasons)]) {
        expect(issue.code).not.toBe('');
        expect(typeof issue.message).toBe('string');
      }
      if (preview.result) expect(Array.isArray(preview.result.entries)).toBe(true);
    }), { numRuns: RUNS });
  }, 30_000); // a few seconds; the limit is for a machine under load
});
