import { describe, expect, it } from 'vitest';
import { consolePageFacts } from './page-state';

const session = (v: Record<string, unknown>) => JSON.stringify({ signInEndpoint: 'signin.aws.amazon.com', ...v });

describe('consolePageFacts', () => {
  it('reads a classic page switched to a role, and who signed in', () => {
    const facts = consolePageFacts({
      url: 'https://eu-west-1.console.aws.amazon.com/ec2/home',
      csrfFound: true,
      signals: {
        hostname: 'eu-west-1.console.aws.amazon.com',
        sessionData: session({ accountId: '123456789012', sessionARN: 'arn:aws:sts::123456789012:assumed-role/Admin/alice', prismModeEnabled: false }),
        accountInfo: { loginDisplayNameUser: 'alice', loginDisplayNameAccount: '111122223333', roleDisplayNameUser: 'Prod Admin', roleDisplayNameAccount: '123456789012' },
      },
    });
    expect(facts).toMatchObject({ mode: 'classic', csrfFound: true, baseUser: { name: 'alice', accountId: '111122223333' } });
    expect(facts.reading.identity).toMatchObject({ kind: 'assumed-role', roleName: 'Admin', accountId: '123456789012' });
  });
  it('says multi-session when the page is in that mode', () => {
    const facts = consolePageFacts({
      url: 'https://210987654321-abcd1234.us-west-2.console.aws.amazon.com/s3/home',
      csrfFound: false,
      signals: { sessionData: session({ accountId: '210987654321', sessionARN: 'arn:aws:sts::210987654321:assumed-role/Developer/alice', prismModeEnabled: true, sessionDifferentiator: 'abcd1234' }) },
    });
    expect(facts.mode).toBe('multi-session');
  });
  it('reads nothing from a page that carries nothing', () => {
    const facts = consolePageFacts({ url: 'https://console.aws.amazon.com/', csrfFound: false, signals: { hostname: 'console.aws.amazon.com', dom: {} } });
    expect(facts.reading.identity).toBeUndefined();
    expect(facts.baseUser).toBeUndefined();
  });
});
