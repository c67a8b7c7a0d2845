// core/commands: switching without the popup. Start here (keyboard commands); omnibox-rank.ts is
// the address bar's `aws` keyword, ranked as the popup ranks.
//
// Which entry a keyboard command switches to. Pure: the background supplies the saved data and
// whatever it knows about the active tab's identity.
import type { Identity } from '../console/identity';
import { matchesIdentity } from '../console/match-identity';
import type { Entry, Usage } from '../store/schema';

/** Command names as declared in the manifest's `commands`. */
export const COMMANDS = ['switch-previous', 'return-to-user', 'favourite-1', 'favourite-2', 'favourite-3'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/**
 * "Switch to the previous role" toggles between the last two roles used: the most recently used
 * entry that is not the active one. Without an identity to compare (not a console tab), the most
 * recent entry is taken to be the active one, so the second most recent is chosen.
 */
export function previousEntry(entries: readonly Entry[], usage: Readonly<Record<string, Usage>>, active?: Identity): Entry | undefined {
  const used = entries
    .filter((entry) => usage[entry.id] !== undefined)
    .sort((a, b) => usage[b.id]!.lastUsed - usage[a.id]!.lastUsed);
  if (active !== undefined && active.kind !== 'unknown') return used.find((entry) => !matchesIdentity(entry, active));
  return used[1] ?? used[0];
}

/** Favourite 1–3: the n-th of the user's favourites, in their order. */
export function favouriteEntry(entries: readonly Entry[], favourites: readonly string[], n: number): Entry | undefined {
  const id = favourites[n - 1];
  return id === undefined ? undefined : entries.find((entry) => entry.id === id);
}
