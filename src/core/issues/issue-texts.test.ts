import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoleArn } from '../profile/arn';
import { findCaseConflicts } from '../profile/case-conflicts';
import { portalShortcut } from '../profile/identity-center';
import { readIdentity } from '../console/identity';
import type { CoreIssue } from './issue';
import { CORE_MESSAGES, formatMessage } from './issue-texts';
import { interpretMultiSessionReply } from '../switch/multi-session-reply';
import type { Profile } from '../profile/profile';
import { multiSessionSwitchRequest } from '../switch/switch-request';
import { validateProfile } from '../profile/validate-profile';
import { repairStore } from '../store/repair';
import { importIssueSamples } from '../import/issue-samples.test-support';
import { readCatalog } from '../store/catalog';
import { notReadIssue, syncReadIssue, tooBigIssue, writeErrorIssue } from '../store/store-issues';
import { readSyncItems } from '../store/packing/sync-layout';

type Catalogue = Record<string, { message: string }>;
const readLocale = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const locale = { en: readLocale('en'), ja: readLocale('ja') };

const profile: Profile = { id: 'a', label: 'A', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' };
const reply = (status: number, body: string) => {
  const r = interpretMultiSessionReply(status, body, 'aws');
  return r.ok ? [] : [r.issue];
};
const request = (signInEndpoint: string, sessionDifferentiator: string) => {
  const r = multiSessionSwitchRequest(profile, { signInEndpoint, sessionDifferentiator });
  return 'error' in r ? [r.error] : [];
};
const json = JSON.stringify;

/** Inputs that, between them, make the core emit every issue it can. */
function emitEverything(): CoreIssue[] {
  const v = (d: Record<string, string>) => {
    const r = validateProfile(d);
    return [...r.errors, ...r.warnings];
  };
  return [
    ...v({}),
    ...v({ label: 'x'.repeat(101), account: '1', roleName: 'a b', rolePath: 'x//y', displayName: 'd'.repeat(65), color: 'no', region: 'moon', partition: 'mars' }),
    ...v({ label: 'l', account: '-A', roleName: 'r'.repeat(65), rolePath: '/a b/' }),
    ...v({ label: 'l', account: '1234-5678-9012', roleName: 'r'.repeat(60), rolePath: '/team/', region: 'cn-north-1' }),
    ...v({ label: 'l', account: 'a--b' }),
    ...v({ label: 'l\u202e', displayName: 'd\u200b' }),
    ...[validateProfile({ label: 'l\u202e', displayName: 'd\u200b' }, { hiddenChars: 'strip' })].flatMap((r) => r.warnings),
    ...v({ label: 'l', roleArn: 'arn:aws:iam::123456789012:role/A', roleName: 'a' }),
    ...parseRoleArn('nope').errors, ...parseRoleArn('arn:aws:sts::123456789012:assumed-role/A/s').errors,
    ...parseRoleArn('arn:x:iam::alias:role/A').errors,
    ...findCaseConflicts([profile, { ...profile, id: 'b', roleName: 'admin' }]),
    ...[portalShortcut({ ...profile, sso: { startUrl: 'https://evil.io', accountId: '123456789012', permissionSet: 'P' } })].flatMap((r) => ('error' in r ? [r.error] : [])),
    ...request('evil.io', 'd'), ...request('signin.aws.amazon.com', ''),
    ...reply(200, '{"errorCode":"UNAUTHORIZED"}'), ...reply(200, '{"errorCode":"X"}'), ...reply(404, ''), ...reply(429, ''),
    ...reply(503, ''), ...reply(200, '{"destination":"https://evil.io"}'), ...reply(200, 'junk'),
    ...readIdentity({ sessionData: '{', userInfoCookie: 'x', accountAliasCookie: 'A B', accountInfo: 1 }).issues,
    ...readIdentity({ hostname: 'console.aws.amazon.com', sessionData: json({ sessionARN: 'arn:aws-cn:iam::123456789012:root', prismModeEnabled: true, signInEndpoint: 'evil.io' }) }).issues,
    ...readIdentity({ sessionData: json({ sessionARN: 'arn:aws:iam::123456789012:role/R' }) }).issues,
    ...repairStore('junk').issues, ...repairStore({ version: 99 }).issues,
    ...repairStore({ version: 1, entries: 'x' }).issues,
    ...repairStore({ version: 1, entries: [{}, { id: 'a', label: 'A' }], settings: 1 }).issues,
    ...repairStore({ version: 1, settings: { theme: 'pink' } }).issues,
    ...repairStore({ version: 2, entries: [{ id: 'org:x', label: 'X' }], bases: [{ name: 'm', account: '1', partition: 'mars' }], unreadable: ['kept'] }).issues,
    ...repairStore({ version: 2, entries: [], bases: [{ name: 'b', account: '111122223333', partition: 'aws' }, { name: 'b', account: '444455556666', partition: 'aws' }] }).issues,
    ...importIssueSamples(),
    ...[readSyncItems({ list: { layout: 99 } }), readSyncItems({ list: 'junk' }), readSyncItems({ list: { layout: 1, version: 2, write: 'abc', prefix: 'labc.', chunks: 1, bytes: 1, crc: 0, entries: 0, at: 0 } })]
      .map(syncReadIssue).filter((i): i is CoreIssue => i !== undefined),
    tooBigIssue({ ok: false, needed: 200_000, available: 100_000 }), notReadIssue(),
    writeErrorIssue(new Error('QUOTA_BYTES quota exceeded')), writeErrorIssue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')), writeErrorIssue('disk full'),
    ...readCatalog({ catalog: 'x' }).issues, ...readCatalog({ catalog: [{ label: 'A', account: '1' }] }).issues,
  ];
}

const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

describe('CORE_MESSAGES', () => {
  const emitted = emitEverything();

  it('holds every code the core emits', () => {
    const missing = emitted.map((i) => i.code).filter((c) => !(c in CORE_MESSAGES));
    expect(missing).toEqual([]);
  });

  it('holds no code the core never emits', () => {
    const used = new Set(emitted.map((i) => i.code));
    expect(Object.keys(CORE_MESSAGES).filter((c) => !used.has(c))).toEqual([]);
  });

  it('uses stable camelCase keys starting with err or warn, valid as browser.i18n names', () => {
    for (const code of Object.keys(CORE_MESSAGES)) expect(code).toMatch(/^(err|warn)[A-Z][A-Za-z0-9]*$/);
  });

  it('has English and Japanese text in _locales, the same placeholders, and no stray "$"', () => {
    for (const [code, en] of Object.entries(CORE_MESSAGES)) {
      expect(locale.en[code]?.message, code).toBe(en);
      const ja = locale.ja[code]?.message ?? '';
      expect(placeholders(ja), code).toEqual(placeholders(en));
      expect(en.replace(/\$[1-9]/g, ''), code).not.toContain('$');
      expect(ja.replace(/\$[1-9]/g, ''), code).not.toContain('$');
      expect(ja, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('gives each emitted issue enough params for its placeholders, and its English text as message', () => {
    for (const issue of emitted) {
      const en = CORE_MESSAGES[issue.code]!;
      const needed = placeholders(en).length === 0 ? 0 : Math.max(...placeholders(en).map((p) => Number(p.slice(1))));
      expect(issue.params?.length ?? 0, issue.code).toBe(needed);
      expect(issue.message).toBe(formatMessage(en, issue.params ?? []));
      expect(issue.message).not.toMatch(/\$[1-9]/);
    }
  });

  it('fills placeholders like browser.i18n, in order', () =>
    expect(formatMessage('$2 then $1, $3', ['a', 'b'])).toBe('b then a, '));
});
