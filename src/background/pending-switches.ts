// What the background remembers between a switch request and the sign-in page it leads to.
// Kept in storage.session, never in module variables: the service worker is stopped at will.
import { readKey, removeKeys, writeKeys } from '../platform/storage';

/** The one-time token for a switch page this extension opened itself, and may therefore confirm:
 *  bound to one tab and one exact URL, consumed on first use, short-lived. A page cannot create it. */
interface ArmedSwitch { url: string; expiresAt: number }
/** A switch posted from a tab; if that tab lands back on the switch-role form, the switch was refused. */
interface Attempt { label: string; expiresAt: number }

const ARMED_FOR_MS = 2 * 60_000;
const ATTEMPT_FOR_MS = 60_000;
const armedKey = (tabId: number) => `armed:${tabId}`;
const attemptKey = (tabId: number) => `attempt:${tabId}`;

export async function armSwitchPage(tabId: number, url: string, now = Date.now()): Promise<void> {
  const armed: ArmedSwitch = { url, expiresAt: now + ARMED_FOR_MS };
  await writeKeys('session', { [armedKey(tabId)]: armed });
}

/** True once for the armed tab and exact URL; the record is consumed whatever the answer, so a
 *  second page load (or another link) in that tab is never confirmed automatically. */
export async function claimArmedSwitch(tabId: number, url: string, now = Date.now()): Promise<boolean> {
  const armed = (await readKey('session', armedKey(tabId))) as ArmedSwitch | undefined;
  if (!armed) return false;
  await removeKeys('session', armedKey(tabId));
  return typeof armed.url === 'string' && armed.url === url && armed.expiresAt > now;
}

export async function recordAttempt(tabId: number, label: string, now = Date.now()): Promise<void> {
  await writeKeys('session', { [attemptKey(tabId)]: { label, expiresAt: now + ATTEMPT_FOR_MS } satisfies Attempt });
}

export async function takeAttempt(tabId: number, now = Date.now()): Promise<string | undefined> {
  const attempt = (await readKey('session', attemptKey(tabId))) as Attempt | undefined;
  if (!attempt) return undefined;
  await removeKeys('session', attemptKey(tabId));
  return attempt.expiresAt > now && typeof attempt.label === 'string' ? attempt.label : undefined;
}
