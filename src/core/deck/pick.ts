// What picking a row of the popup's list does (Enter, a click), with its modifiers: one decision,
// the same for the keyboard and the mouse, so that the popup only carries it out.
import type { Session } from '../sessions/session-list';
import type { Row } from './rows';

export type PickAction =
  /** A "Signed in now" row (the base session's, or a signed-in entry's): bring that session's
   *  console tab forward, or open its console; nothing is switched and no one signs in. */
  | { kind: 'focus'; key: string }
  /** Ask first: signing the entry in again signs out its session's open tabs. */
  | { kind: 'confirm'; id: string }
  /** A switch as always; a signed-in entry's session is reused by the background unless
   *  `signInAgain` names it (a classic console's switch signs nothing out, so it is not asked). */
  | { kind: 'switch'; id: string; newTab: boolean; signInAgain?: string };

export interface PickKeys {
  /** Ctrl/⌘: in a new tab. */
  newTab: boolean;
  /** Shift: sign in again. */
  signInAgain: boolean;
}

export interface SignedInFacts {
  /** Entry id → its signed-in session. */
  signedIn: ReadonlyMap<string, Session>;
  /** The entries signed in in a multi-session session: signing one in again is asked first. */
  sectionIds: ReadonlySet<string>;
}

export function pickAction(row: Row | undefined, keys: PickKeys, facts: SignedInFacts): PickAction | undefined {
  if (!row || row.kind === 'header') return undefined;
  if (row.kind === 'base-session') return { kind: 'focus', key: row.session.key };
  const { id } = row.ranked.entry;
  const session = facts.signedIn.get(id);
  if (keys.signInAgain && facts.sectionIds.has(id)) return { kind: 'confirm', id };
  if (row.signedInSection && session && !keys.signInAgain && !keys.newTab) return { kind: 'focus', key: session.key };
  const action: PickAction = { kind: 'switch', id, newTab: keys.newTab };
  if (keys.signInAgain && session) action.signInAgain = session.key;
  return action;
}
