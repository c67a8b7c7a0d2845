import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAccountsPage } from './portal-answers';
import { PORTAL_TEXTS, portalIssue, type PortalIssueCode } from './portal-issues';
import { nextStep, startRead, takeAnswer } from './portal-read';

type Catalogue = Record<string, { message: string }>;
const locale = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

describe('the portal\'s messages', () => {
  it('are in _locales: English exactly as here, Japanese with the same placeholders', () => {
    const [en, ja] = [locale('en'), locale('ja')];
    for (const [code, text] of Object.entries(PORTAL_TEXTS)) {
      expect(en[code]?.message, code).toBe(text);
      expect(placeholders(ja[code]?.message ?? ''), code).toEqual(placeholders(text));
      expect(ja[code]?.message, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('every code has an English text whose placeholders i18n can fill ($1..$9 only, no other "$")', () => {
    for (const [code, text] of Object.entries(PORTAL_TEXTS)) {
      expect(text.replace(/\$[1-9]/g, ''), code).not.toContain('$');
      expect(portalIssue(code as PortalIssueCode, ['a', 'b', 'c']).message, code).not.toMatch(/\$\d/);
    }
  });

  it('never repeats a credential-shaped value, nor a whole hostile page of text', () => {
    const secret = portalIssue('warnPortalAccountId', ['AKIAIOSFODNN7EXAMPLE']);
    expect(secret.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    const huge = portalIssue('warnPortalAccountId', ['9'.repeat(100_000)]);
    expect(huge.params![0]).toHaveLength(121);
    expect(huge.message.length).toBeLessThan(200);
  });

  it('does not quote the portal\'s page token in any message (it is the portal\'s, and may look like a secret)', () => {
    const token = 'AAEAAQ-secret-looking-token-0123456789abcdefghij';
    let state = startRead('assignment');
    state = takeAnswer(state, { kind: 'accounts' }, { accountList: [], nextToken: token });
    state = takeAnswer(state, { kind: 'accounts', token }, { accountList: [], nextToken: token });
    const step = nextStep(state);
    expect(step.kind === 'failed' && step.issue.code).toBe('errPortalTokenLoop');
    expect(JSON.stringify(step)).not.toContain(token);
    const bad = parseAccountsPage({ accountList: [], nextToken: `${token} with space` }, 'assignment');
    expect(JSON.stringify(bad)).not.toContain(token);
  });
});
