// How a base account is named to the user: its name, and its alias when it has one (AESR's
// `aws_account_alias`), which is what the console itself shows of the account.
import type { BaseAccount } from '../store/schema';

export function baseTitle(base: Pick<BaseAccount, 'name' | 'alias'>): string {
  return base.alias === undefined || base.alias === base.name ? base.name : `${base.name} (${base.alias})`;
}
