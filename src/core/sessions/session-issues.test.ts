import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameList } from './session-name';
import { chainRefusedIssue, chainStartTimeoutIssue, isSessionLimitRefusal, roleArnOf, sessionLimitIssue, sessionName, SESSION_MESSAGES } from './session-issues';
import { forgetTab, recordPage, type PageReport, type Session } from './session-list';
import { entry, OTHER, report, role, user } from './fixtures';
import { interpretMultiSessionReply } from '../switch/multi-session-reply';

type Catalogue = Record<string, { message: string }>;
const readLocale = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
const record = (...reports: PageReport[]): Session[] => reports.reduce<Session[]>((list, r) => recordPage(list, r), []);

const five = forgetTab(record(report(1, 1, user('aaaaaaaa')), ...['Admin', 'Viewer', 'Ops', 'Audit'].map((r, i) => report(i + 2, 1, role(r, `bbbbbbb${i}`)))), 3);
const entries = [entry('adm', 'Admin'), entry('dep', 'Deploy', { rolePath: '/ci/' })];

describe('session issues', () => {
  it('have the same English text in _locales, Japanese with the same placeholders, and no stray "$"', () => {
    const en = readLocale('en');
    const ja = readLocale('ja');
    for (const [code, text] of Object.entries(SESSION_MESSAGES)) {
      expect(en[code]?.message, code).toBe(text);
      expect(placeholders(ja[code]?.message ?? ''), code).toEqual(placeholders(text));
      expect(ja[code]?.message, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text.replace(/\$[1-9]/g, ''), code).not.toContain('$');
    }
  });

  it('name the idle sessions when the limit is reached, by their entry’s label where one matches', () => {
    const idle = five.filter((s) => s.tabs.length === 0);
    const issue = sessionLimitIssue(5, idle, five, entries);
    expect(issue).toMatchObject({ code: 'errSessionLimit', params: ['5', `Viewer (${OTHER})`] });
    expect(issue.message).toContain(`Viewer (${OTHER})`);
    expect(sessionLimitIssue(5, [], five, entries)).toMatchObject({
      code: 'errSessionLimitBusy',
      params: ['5', `alice (123456789012), adm, Viewer (${OTHER}), Ops (${OTHER}), and Audit (${OTHER})`],
    });
  });

  it('list the names as the user’s language lists them (no English comma inside Japanese)', () => {
    const two = five.slice(3);
    expect(sessionLimitIssue(5, [], two, entries, 'en').params?.[1]).toBe(`Ops (${OTHER}) and Audit (${OTHER})`);
    expect(sessionLimitIssue(5, [], two, entries, 'ja').params?.[1]).toBe(`Ops (${OTHER})、Audit (${OTHER})`);
    expect(nameList(['a', '', 'b'], 'en')).toBe('a and b');
  });

  it('never put an account alias into an ARN: the id, or AWS’s placeholder when only the alias is known', () => {
    const aliased = { identity: { ...five[3]!.identity, accountId: undefined, accountAlias: 'acme' } };
    expect(roleArnOf(aliased, { account: 'acme', rolePath: '/' })).toBe('arn:aws:iam::<account-id>:role/Ops');
    expect(roleArnOf(aliased, { account: OTHER, rolePath: '/' })).toBe(`arn:aws:iam::${OTHER}:role/Ops`);
  });

  it('tell AWS’s own session-limit refusal from other refusals', () => {
    const refusal = (body: object) => {
      const reply = interpretMultiSessionReply(400, JSON.stringify(body), 'aws');
      return reply.ok ? undefined : reply.issue;
    };
    expect(isSessionLimitRefusal(refusal({ errorCode: 'SESSION_LIMIT_EXCEEDED' })!)).toBe(true);
    expect(isSessionLimitRefusal(refusal({ errorCode: 'ROLE_NOT_FOUND' })!)).toBe(false);
  });

  it('explain a refused chain: the session it came from and the role ARN the target must trust', () => {
    const deploy = record(report(1, 1, role('Deploy', 'cccccccc')))[0]!;
    const issue = chainRefusedIssue(deploy, { label: 'Release', roleName: 'Release' }, entries);
    expect(issue.params).toEqual(['Release', 'Deploy', OTHER, 'Release', `arn:aws:iam::${OTHER}:role/ci/Deploy`]);
    expect(issue.message).toContain(`arn:aws:iam::${OTHER}:role/ci/Deploy`);
    expect(roleArnOf(deploy)).toBe(`arn:aws:iam::${OTHER}:role/Deploy`);
  });

  it('name a session without an entry by its role (or user) and account', () => {
    expect(sessionName(five[0]!)).toBe('alice (123456789012)');
    expect(sessionName(five[1]!, entries)).toBe('adm');
  });

  it('say how long a chain waited for its first step', () =>
    expect(chainStartTimeoutIssue({ label: 'Deploy' }, { label: 'Release' }, 20).message).toMatch(/^To switch to Release from the session of Deploy, Switchyard first started Deploy in a new tab.* 20 seconds/));
});
