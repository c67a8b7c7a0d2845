/** An account id with all but its last four digits hidden; an alias is shown as it is. */
export function maskAccount(account: string, hide: boolean): string {
  return hide && /^\d{12}$/.test(account) ? `••••••••${account.slice(8)}` : account;
}
