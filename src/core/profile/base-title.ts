// How a base account is named to the user: its name, and its alias when it has one (AESR's
// `aws_account_alias`), which is what the console itself shows of the account.
import type { BaseAccount } from '../store/schema';

export function baseTitle(base: Pick<BaseAccount, 'name' | 'alias'>): string {
  return base.alias === undefined || base.alias === base.name ? base.name : `${base.name} (${base.alias})`;
}

/** The popup groups entries without a group under their base's name: its section is titled as the
 *  base is, with the alias. Only bases whose title differs are listed (most have no alias). */
export function baseSectionTitles(bases: readonly Pick<BaseAccount, 'name' | 'alias'>[]): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  for (const base of bases) {
    const title = baseTitle(base);
    if (title !== base.name) titles.set(base.name, title);
  }
  return titles;
}
