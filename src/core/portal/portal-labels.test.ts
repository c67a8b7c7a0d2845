import { describe, expect, it } from 'vitest';
import { validateProfile } from '../profile/validate-profile';
import { DEFAULT_LABEL_RULE, parseLabelRule, portalEntry, portalLabel, type LabelRule } from './portal-labels';

const rule = (text: string): LabelRule => {
  const parsed = parseLabelRule(text);
  if (!parsed.value) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
};
const errors = (text: string) => parseLabelRule(text).errors.map((e) => e.message);
const warnings = (text: string) => parseLabelRule(text).warnings.map((e) => e.code);

const prod = { accountId: '012345678901', name: 'Production', email: 'aws-prod@example.com' };

describe('the label rule', () => {
  it('by default names an entry "<account name> · <permission set>", or the id when the account has no name', () => {
    expect(DEFAULT_LABEL_RULE).toBe('{account} · {permissionSet}');
    expect(portalLabel(rule(DEFAULT_LABEL_RULE), prod, 'AdministratorAccess')).toBe('Production · AdministratorAccess');
    expect(portalLabel(rule(DEFAULT_LABEL_RULE), { accountId: '012345678901' }, 'ReadOnly')).toBe('012345678901 · ReadOnly');
  });

  it('fills every placeholder, and leaves no empty brackets or doubled spaces for a missing email', () => {
    const r = rule('{permissionSet} @ {account} [{accountId}] ({email})');
    expect(portalLabel(r, prod, 'Dev')).toBe('Dev @ Production [012345678901] (aws-prod@example.com)');
    expect(portalLabel(r, { accountId: '012345678901', name: 'Production' }, 'Dev')).toBe('Dev @ Production [012345678901]');
  });

  it('falls back to the default when a rule makes an empty label', () => {
    expect(portalLabel(rule('({email})'), { accountId: '012345678901', name: 'Production' }, 'Dev')).toBe('Production · Dev');
  });

  it('cuts a label to the 100 characters a label may have, counting an emoji as one', () => {
    const label = portalLabel(rule('🚀{account} · {permissionSet}'), { accountId: '012345678901', name: 'n'.repeat(200) }, 'Dev');
    expect(Array.from(label)).toHaveLength(100);
    expect(label.startsWith('🚀nnn')).toBe(true);
    expect(label.endsWith('n…')).toBe(true);
  });

  it('refuses a rule that is empty, too long, has an unknown placeholder, a stray brace or hidden characters', () => {
    expect(errors('   ')).toEqual(['Enter a label rule, like {account} · {permissionSet}.']);
    expect(errors('x'.repeat(201))).toEqual(['A label rule may have at most 200 characters (got 201).']);
    expect(errors('{acount} · {permissionSet}')).toEqual(['“{acount}” is not a placeholder. Use {account}, {accountId}, {email} and {permissionSet}.']);
    expect(errors('{account} · {__proto__}')).toEqual(['“{__proto__}” is not a placeholder. Use {account}, {accountId}, {email} and {permissionSet}.']);
    for (const text of ['{account} { {permissionSet}', '{account}} {permissionSet}', '{account {permissionSet}', '{{account}}']) {
      expect(errors(text), text).toContain('The label rule has a “{” or “}” that is not part of a placeholder like {account}.');
    }
    expect(errors('{account}\u202e · {permissionSet}')).toEqual(['The label rule has invisible or direction-changing characters (U+202E). Remove them.']);
  });

  it('warns when a rule would give several entries the same label', () => {
    expect(warnings(DEFAULT_LABEL_RULE)).toEqual([]);
    expect(warnings('{account}')).toEqual(['warnLabelRuleNoPermissionSet']);
    expect(warnings('{permissionSet}')).toEqual(['warnLabelRuleNoAccount']);
    expect(warnings('{email}: {permissionSet}')).toEqual([]);
  });

  it('keeps literal text as text, markup included', () => {
    expect(portalLabel(rule('<b>{account}</b> {permissionSet}'), prod, 'Dev')).toBe('<b>Production</b> Dev');
  });
});

describe('the entry of one permission set', () => {
  it('is an Identity Center entry: account, permission set as role, the portal start URL, partition and region', () => {
    const entry = portalEntry(prod, 'AdministratorAccess', {
      startUrl: 'https://d-1234567890.awsapps.com/start', partition: 'aws', region: 'eu-west-1', rule: rule(DEFAULT_LABEL_RULE),
    });
    expect(entry).toEqual({
      label: 'Production · AdministratorAccess', account: '012345678901', roleName: 'AdministratorAccess', rolePath: '/', partition: 'aws', region: 'eu-west-1',
      sso: { startUrl: 'https://d-1234567890.awsapps.com/start', accountId: '012345678901', permissionSet: 'AdministratorAccess' },
    });
    expect('region' in portalEntry(prod, 'Dev', { startUrl: 'https://d-1234567890.awsapps.com/start', partition: 'aws', rule: rule(DEFAULT_LABEL_RULE) })).toBe(false);
  });

  it('passes the rules every saved entry meets, whatever the portal named the account', () => {
    for (const name of ['n'.repeat(256), '<script>alert(1)</script>', '日本語のアカウント', ' ']) {
      const entry = portalEntry({ accountId: '012345678901', name }, 'A'.repeat(64), {
        startUrl: 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com', partition: 'aws', rule: rule('{account} ({email}) {permissionSet}'),
      });
      const checked = validateProfile({ label: entry.label, account: entry.account, roleName: entry.roleName, rolePath: entry.rolePath, partition: entry.partition });
      expect(checked.errors, name).toEqual([]);
    }
  });
});
