import { readBaseUser } from '../core/badge/base-user';
import { readIdentity } from '../core/identity';
import type { ConsoleState } from '../platform/protocol';
import { readConsolePage, type PageReading } from './console-signals';

/** This page, read now: what the background and the badge are told, and what a switch needs. */
export async function readConsoleState(): Promise<{ page: PageReading; state: ConsoleState }> {
  const page = await readConsolePage();
  const reading = readIdentity(page.signals);
  const state: ConsoleState = {
    url: location.href,
    reading,
    mode: reading.identity?.multiSession ? 'multi-session' : 'classic',
    csrfFound: page.csrf !== undefined,
    signals: page.report,
  };
  const baseUser = readBaseUser(page.signals);
  if (baseUser) state.baseUser = baseUser;
  return { page, state };
}

/** Something a switch or the badge needs is missing from the page. */
export function pageLacksSignals(state: ConsoleState): boolean {
  const identity = state.reading.identity;
  return !identity || identity.kind === 'unknown' || (state.mode === 'classic' && !state.csrfFound);
}
