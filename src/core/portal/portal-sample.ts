// A sample access portal's answers, by request path, for the stand-ins: the unit tests here, the
// simulator (which adds the signed-in session and its 401) and the benchmark. It answers as
// /work/notes/portal-api.md says the portal does, in either dialect, in pages small enough that a
// test crosses them. Accounts are numbered: account n is `00000000000n`, "Account n".
import type { PortalDialect } from './portal-api';

export interface SamplePortalOptions {
  /** How many accounts (numbered 1..n), or exactly which numbers (a refresh drops and adds some). */
  accounts: number | readonly number[];
  permissionSets: readonly string[];
  dialect?: PortalDialect;
  /** Accounts per page (the documented API gives at most 100). */
  pageSize?: number;
  /** Permission sets per page. */
  setPageSize?: number;
  /** A different name for some accounts (a renamed account). */
  names?: Readonly<Record<number, string>>;
}

export interface SampleAnswer { status: number; json?: unknown }

export const sampleAccountId = (n: number): string => String(n).padStart(12, '0');

/** The answer to `pathAndQuery` (`/assignment/accounts?max_result=100&next_token=…`). */
export function samplePortal(options: SamplePortalOptions): (pathAndQuery: string) => SampleAnswer {
  const numbers = typeof options.accounts === 'number' ? Array.from({ length: options.accounts }, (_, i) => i + 1) : [...options.accounts];
  const dialect = options.dialect ?? 'assignment';
  const pageSize = options.pageSize ?? 100;
  const setPageSize = options.setPageSize ?? 100;
  const byId = new Map(numbers.map((n) => [sampleAccountId(n), n]));
  const name = (n: number) => options.names?.[n] ?? `Account ${n}`;
  // Tokens look opaque, as the portal's do: a page number the client must send back as it is.
  const token = (page: number) => `pg.${page}.${(page * 7919).toString(36)}`;
  const pageOf = (text: string | null) => (text === null ? 0 : Number(/^pg\.(\d+)\./.exec(text)?.[1] ?? Number.NaN));
  const slice = <T>(items: readonly T[], page: number, size: number) => ({
    items: items.slice(page * size, (page + 1) * size),
    next: (page + 1) * size < items.length ? token(page + 1) : undefined,
  });

  return (pathAndQuery) => {
    const url = new URL(pathAndQuery, 'https://portal.invalid');
    const page = pageOf(url.searchParams.get('next_token'));
    if (!Number.isInteger(page) || page < 0) return { status: 400, json: { message: 'Invalid pagination token' } };
    if (dialect === 'assignment' && url.pathname === '/assignment/accounts') {
      const { items, next } = slice(numbers, page, Math.min(pageSize, Number(url.searchParams.get('max_result') ?? pageSize)));
      return { status: 200, json: { accountList: items.map((n) => ({ accountId: sampleAccountId(n), accountName: name(n), emailAddress: `aws+${n}@example.com` })), nextToken: next ?? null } };
    }
    if (dialect === 'assignment' && url.pathname === '/assignment/roles') {
      const accountId = url.searchParams.get('account_id') ?? '';
      if (!byId.has(accountId)) return { status: 404, json: { message: 'Account not found' } };
      const { items, next } = slice(options.permissionSets, page, setPageSize);
      return { status: 200, json: { roleList: items.map((roleName) => ({ roleName, accountId })), nextToken: next ?? null } };
    }
    if (dialect === 'appinstances' && url.pathname === '/instance/appinstances') {
      const { items, next } = slice(numbers, page, pageSize);
      const result: Array<Record<string, unknown>> = items.map((n) => ({
        id: `ins-${String(n).padStart(16, '0')}`, name: `${sampleAccountId(n)} (${name(n)})`, applicationName: 'AWS Account',
        searchMetadata: { AccountId: sampleAccountId(n), AccountName: name(n), AccountEmail: `aws+${n}@example.com` },
      }));
      // The page also lists apps that are not AWS accounts.
      if (page === 0) result.push({ id: 'ins-app0000000000000', name: 'GitHub', applicationName: 'GitHub', searchMetadata: null });
      return { status: 200, json: { result, ...(next !== undefined && { paginationToken: next }) } };
    }
    const profiles = dialect === 'appinstances' ? /^\/instance\/appinstance\/ins-(\d{16})\/profiles$/.exec(url.pathname) : null;
    if (profiles) {
      if (!byId.has(sampleAccountId(Number(profiles[1])))) return { status: 404, json: { message: 'Not found' } };
      const { items, next } = slice(options.permissionSets, page, setPageSize);
      return { status: 200, json: { result: items.map((set, i) => ({ id: `p-${i}`, name: set, protocol: 'SAML', description: '', url: '', relayState: null })), ...(next !== undefined && { paginationToken: next }) } };
    }
    return { status: 404, json: { message: 'Not found' } };
  };
}
