import { describe, expect, it } from 'vitest';
import { parseAccountsPage } from './portal-answers';
import { PORTAL_TEXTS, portalIssue, type PortalIssueCode } from './portal-issues';
import { nextStep, startRead, takeAnswer } from './portal-read';

describe('the portal\'s messages', () => {
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
