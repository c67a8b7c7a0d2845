// From what a console page carries (raw, untrusted text) to what Switchyard makes of it. Runs in
// the background, so the console page itself only reads and never parses: its main thread is the
// console's, and every millisecond there is the user's.
import { readIdentity, type ConsoleSignals, type IdentityReading } from './identity';
import { readBaseUser, type BaseUser } from './base-user';

/** What the console content script reads on its page, as it found it. */
export interface RawConsolePage {
  url: string;
  signals: ConsoleSignals;
  csrfFound: boolean;
}

/** What Switchyard makes of a console page: who is signed in, and how a switch goes from it. */
export interface ConsolePageFacts {
  url: string;
  reading: IdentityReading;
  mode: 'classic' | 'multi-session';
  csrfFound: boolean;
  baseUser?: BaseUser;
}

export function consolePageFacts(page: RawConsolePage): ConsolePageFacts {
  const reading = readIdentity(page.signals);
  const facts: ConsolePageFacts = {
    url: page.url,
    reading,
    mode: reading.identity?.multiSession ? 'multi-session' : 'classic',
    csrfFound: page.csrfFound,
  };
  const baseUser = readBaseUser(page.signals);
  if (baseUser) facts.baseUser = baseUser;
  return facts;
}
