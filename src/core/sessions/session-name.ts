// How a session is named to the user, everywhere (the limit's issues, the popup's rows and lines):
// one rule, so that the same session never goes by two names.
import { matchesIdentity } from '../console/match-identity';
import type { Entry } from '../store/schema';
import type { Session } from './session-list';

/** A session as the user knows it: the label of the entry signed in there, else its role (or
 *  user) and account, "Admin (123456789012)"; '' when the session says neither. */
export function sessionName(session: Pick<Session, 'identity'>, entries: readonly Entry[] = []): string {
  const { identity } = session;
  const entry = (Array.isArray(entries) ? entries : []).find((e) => matchesIdentity(e, identity));
  if (entry) return entry.label;
  const who = identity.roleName ?? identity.userName ?? '';
  const account = identity.accountAlias ?? identity.accountId ?? '';
  return who && account ? `${who} (${account})` : who || account;
}

/** Names joined as a list in `locale` ("A, B, and C"; 「A、B、C」), Intl.ListFormat where the
 *  runtime has it; the empty names left out. */
export function nameList(names: readonly string[], locale?: string): string {
  const shown = names.filter((name) => name !== '');
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(shown);
  } catch {
    return shown.join(', ');
  }
}
