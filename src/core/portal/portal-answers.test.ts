import { describe, expect, it } from 'vitest';
import { MAX_ID_TEXT, MAX_PAGE_ITEMS, parseAccountsPage, parseRolesPage, type AccountsPage, type RolesPage } from './portal-answers';

const accounts = (json: unknown, dialect: 'assignment' | 'appinstances' = 'assignment'): AccountsPage => {
  const result = parseAccountsPage(json, dialect);
  if ('error' in result) throw new Error(result.error.message);
  return result.value;
};
const roles = (json: unknown, accountId = '111122223333', dialect: 'assignment' | 'appinstances' = 'assignment'): RolesPage => {
  const result = parseRolesPage(json, dialect, accountId);
  if ('error' in result) throw new Error(result.error.message);
  return result.value;
};
const accountsError = (json: unknown) => {
  const result = parseAccountsPage(json, 'assignment');
  return 'error' in result ? result.error.code : undefined;
};
const codes = (page: { warnings: Array<{ code: string }> }) => page.warnings.map((w) => w.code);

describe('a page of the documented account list', () => {
  it('reads id, name, email and the next page token', () => {
    const page = accounts({ accountList: [
      { accountId: '012345678901', accountName: 'Production', emailAddress: 'aws-prod@example.com' },
      { accountId: '210987654321', accountName: 'Sandbox' },
    ], nextToken: 'AAEAAcE+/=' });
    expect(page).toEqual({
      accounts: [{ accountId: '012345678901', name: 'Production', email: 'aws-prod@example.com' }, { accountId: '210987654321', name: 'Sandbox' }],
      warnings: [], nextToken: 'AAEAAcE+/=',
    });
  });

  it('ends the list on a missing, null or empty token', () => {
    for (const nextToken of [undefined, null, '']) expect(accounts({ accountList: [], nextToken }).nextToken).toBeUndefined();
  });

  it('refuses an answer that is not the list it should be: the whole read stops', () => {
    expect(accountsError('<html>Sign in</html>')).toBe('errPortalNotJson');
    expect(accountsError(null)).toBe('errPortalNotJson');
    expect(accountsError([{ accountId: '012345678901' }])).toBe('errPortalNotJson');
    expect(accountsError({ accounts: [] })).toBe('errPortalShape');
    expect(accountsError({ accountList: { 0: { accountId: '012345678901' } } })).toBe('errPortalShape');
    expect(accountsError({ accountList: new Array(MAX_PAGE_ITEMS + 1).fill({ accountId: '012345678901' }) })).toBe('errPortalPageTooBig');
  });

  it('refuses a page token it could not send back as given', () => {
    for (const nextToken of [42, { a: 1 }, ['t'], 'has space', 'line\nbreak', 'ü', 'x'.repeat(5000)]) {
      expect(accountsError({ accountList: [], nextToken })).toBe('errPortalBadToken');
    }
  });

  it('skips an account whose id is not 12 ASCII digits, keeping the others', () => {
    const page = accounts({ accountList: [
      { accountId: 12345678901 }, { accountId: '12345678901' }, { accountId: '١٢٣٤٥٦٧٨٩٠١٢' }, { accountId: '0123456789012' },
      { accountId: '012345678901 ' }, 'not an object', null, { accountId: '012345678901', accountName: 'Kept' },
    ] });
    expect(page.accounts).toEqual([{ accountId: '012345678901', name: 'Kept' }]);
    expect(codes(page)).toEqual(['warnPortalAccountId', 'warnPortalAccountId', 'warnPortalAccountId', 'warnPortalAccountId',
      'warnPortalAccountId', 'warnPortalItemSkipped', 'warnPortalItemSkipped']);
    expect(page.warnings[0]!.message).toBe('An account was skipped: its id “number” is not 12 digits.');
  });

  it('an id that is not 12 digits is quoted in a few characters, not the page of text the answer put there', () => {
    const page = accounts({ accountList: [{ accountId: '1'.repeat(100_000) }, { accountId: '1234' }] });
    expect(page.warnings.map((w) => w.params?.[0])).toEqual([`${'1'.repeat(MAX_ID_TEXT)}…`, '1234']);
  });

  it('keeps an account whose name is hostile, without the name or without its hidden characters', () => {
    const page = accounts({ accountList: [
      { accountId: '111111111111', accountName: 'x'.repeat(1_000_000) },
      { accountId: '222222222222', accountName: { toString: 'Evil' } },
      { accountId: '333333333333', accountName: 'Prod\u202enimda\u200b' },
      { accountId: '444444444444', accountName: 'Line\nbreak\t and   spaces ' },
      { accountId: '555555555555', accountName: '<img src=x onerror=alert(1)>' },
    ] });
    expect(page.accounts).toEqual([
      { accountId: '111111111111' },
      { accountId: '222222222222' },
      { accountId: '333333333333', name: 'Prodnimda' },
      { accountId: '444444444444', name: 'Linebreak and spaces' },
      // Markup is only text: it is shown with textContent, never parsed.
      { accountId: '555555555555', name: '<img src=x onerror=alert(1)>' },
    ]);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'The name of account 111111111111 was left out: it is longer than 256 characters.',
      'The name of account 222222222222 was left out: it is not text.',
      'Invisible or direction-changing characters (U+202E, U+200B) were removed from the name of account 333333333333.',
      'Invisible or direction-changing characters (U+000A, U+0009) were removed from the name of account 444444444444.',
    ]);
  });

  it('leaves out an email address that is not one', () => {
    const page = accounts({ accountList: [
      { accountId: '111111111111', emailAddress: 'no-at-sign' }, { accountId: '222222222222', emailAddress: 'a@b\u200b.com' },
      { accountId: '333333333333', emailAddress: `${'a'.repeat(250)}@b.co` }, { accountId: '444444444444', emailAddress: 7 },
    ] });
    expect(page.accounts).toEqual([{ accountId: '111111111111' }, { accountId: '222222222222' }, { accountId: '333333333333' }, { accountId: '444444444444' }]);
    expect(codes(page)).toEqual(['warnPortalEmail', 'warnPortalEmail', 'warnPortalEmail', 'warnPortalEmail']);
  });

  it('keeps the first of an account listed twice', () => {
    const page = accounts({ accountList: [{ accountId: '012345678901', accountName: 'A' }, { accountId: '012345678901', accountName: 'B' }] });
    expect(page.accounts).toEqual([{ accountId: '012345678901', name: 'A' }]);
    expect(codes(page)).toEqual(['warnPortalAccountDuplicate']);
  });

  it('reads only its own keys: __proto__ in the answer neither pollutes nor fills a field', () => {
    const json: unknown = JSON.parse('{"__proto__": {"polluted": true, "accountList": []}, "accountList": ' +
      '[{"accountId": "012345678901", "__proto__": {"accountName": "Evil", "emailAddress": "e@x.io"}}, {"constructor": {"prototype": {"polluted": true}}}]}');
    const page = accounts(json);
    expect(page.accounts).toEqual([{ accountId: '012345678901' }]);
    expect(Object.keys(page.accounts[0]!)).toEqual(['accountId']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Nor do inherited fields count as the answer's.
    expect(accountsError(Object.create({ accountList: [] }))).toBe('errPortalShape');
    expect(accounts({ accountList: [Object.create({ accountId: '012345678901' })] }).accounts).toEqual([]);
  });
});

describe('a page of the portal page\'s own app list (appinstances)', () => {
  it('keeps the AWS accounts with their app instance and passes over other apps silently', () => {
    const page = accounts({ result: [
      { id: 'ins-1111111111111111', name: '012345678901 (Production)', applicationName: 'AWS Account',
        searchMetadata: { AccountId: '012345678901', AccountName: 'Production', AccountEmail: 'prod@example.com' } },
      { id: 'ins-3333333333333333', name: 'GitHub', applicationName: 'GitHub', searchMetadata: null },
      { id: '../../x', searchMetadata: { AccountId: '210987654321' } },
    ], paginationToken: 'p2' }, 'appinstances');
    expect(page).toEqual({
      accounts: [{ accountId: '012345678901', name: 'Production', email: 'prod@example.com', instanceId: 'ins-1111111111111111' }],
      warnings: [expect.objectContaining({ code: 'warnPortalItemSkipped' })], nextToken: 'p2',
    });
  });

  it('has its own key names: a documented-shape answer is a changed shape here', () => {
    const result = parseAccountsPage({ accountList: [] }, 'appinstances');
    expect('error' in result && [result.error.code, result.error.params]).toEqual(['errPortalShape', ['accounts', 'result']]);
  });
});

describe('a page of an account\'s permission sets', () => {
  it('reads the permission set names and the next token', () => {
    expect(roles({ roleList: [{ roleName: 'AdministratorAccess', accountId: '111122223333' }, { roleName: 'ReadOnly', accountId: '111122223333' }], nextToken: 'r2' }))
      .toEqual({ permissionSets: ['AdministratorAccess', 'ReadOnly'], warnings: [], nextToken: 'r2' });
    expect(roles({ result: [{ id: 'p-1', name: 'PowerUser', protocol: 'SAML' }] }, '111122223333', 'appinstances').permissionSets).toEqual(['PowerUser']);
  });

  it('skips names IAM would not accept as a role name, saying why', () => {
    const page = roles({ roleList: [
      { roleName: 'Admin Access' }, { roleName: 'x'.repeat(65) }, { roleName: '' }, { roleName: 'Ad\u202emin' }, { roleName: 7 }, { roleName: 'Good' },
    ] });
    expect(page.permissionSets).toEqual(['Good']);
    expect(codes(page)).toEqual(['warnPortalPermissionSet', 'warnPortalPermissionSet', 'warnPortalPermissionSet', 'warnPortalPermissionSet', 'warnPortalItemSkipped']);
    expect(page.warnings[0]!.message).toBe('A permission set of account 111122223333 was skipped: Role name may contain only letters, digits and + = , . @ _ - (found " ").');
  });

  it('skips a permission set the answer gives for another account', () => {
    const page = roles({ roleList: [{ roleName: 'Admin', accountId: '999999999999' }, { roleName: 'Mine', accountId: '111122223333' }] });
    expect(page.permissionSets).toEqual(['Mine']);
    expect(page.warnings[0]!.message).toBe('The portal listed permission set “Admin” with account 111122223333 but for another account (999999999999); it was skipped.');
  });

  it('says another account\'s id in a few characters, whatever the answer puts there (a page of text, an object that cannot be text)', () => {
    const page = roles({ roleList: [
      { roleName: 'Admin', accountId: '9'.repeat(100_000) }, { roleName: 'Dev', accountId: { toString: 'Evil' } }, { roleName: 'Ops', accountId: 7 },
    ] });
    expect(page.permissionSets).toEqual([]);
    expect(page.warnings.map((w) => w.params?.[2])).toEqual([`${'9'.repeat(MAX_ID_TEXT)}…`, 'object', 'number']);
  });

  it('keeps a name given twice once, and a name like __proto__ as just a name', () => {
    expect(roles({ roleList: [{ roleName: 'Dev' }, { roleName: 'Dev' }, { roleName: '__proto__' }] }).permissionSets).toEqual(['Dev', '__proto__']);
  });
});
