// What the background remembers between a switch request and the sign-in page it leads to, and
// the refusal it then learnt of. Kept in storage.session (this device only, gone with the browser
// session), never in module variables: the service worker is stopped at will. Only the watch window
// (SIGN_IN_WATCH_KEY) is in storage.local, as content scripts cannot read storage.session.
import { armedSwitchKey as armedKey, SIGN_IN_WATCH_KEY, switchAttemptKey as attemptKey, switchRefusalKey as refusalKey } from '../core/store/storage-keys';
import { SIGN_IN_WATCH_MS } from '../core/switch/sign-in-watch';
import { readAttempt, readRefusal, readTarget, targetOf, type SwitchAttempt, type SwitchRefusal, type SwitchTarget } from '../core/switch/switch-refusal';
import { readKey, readKeys, removeKeys, writeKeys } from '../platform/storage';

/** The one-time token for a switch page this extension opened itself, and may therefore confirm:
 *  bound to one tab and one exact URL, consumed on first use, short-lived. A page cannot create it. */
interface ArmedSwitch { url: string; expiresAt: number; target: SwitchTarget }

const ARMED_FOR_MS = 2 * 60_000;

/** Sign-in pages ask the background about themselves only for a while after a switch. Best-effort:
 *  when storage.local fails, the switch still goes ahead; only a refusal may then go unexplained. */
async function watchSignInPages(now: number): Promise<void> {
  try {
    await writeKeys('local', { [SIGN_IN_WATCH_KEY]: now + SIGN_IN_WATCH_MS });
  } catch {
    // see above
  }
}

export async function armSwitchPage(tabId: number, url: string, target: SwitchTarget, now = Date.now()): Promise<void> {
  const armed: ArmedSwitch = { url, expiresAt: now + ARMED_FOR_MS, target: targetOf(target) };
  await Promise.all([writeKeys('session', { [armedKey(tabId)]: armed }), watchSignInPages(now)]);
}

/** The target, once, for the armed tab and exact URL; the record is consumed whatever the answer,
 *  so a second page load (or another link) in that tab is never confirmed automatically. */
export async function claimArmedSwitch(tabId: number, url: string, now = Date.now()): Promise<SwitchTarget | undefined> {
  const armed = (await readKey('session', armedKey(tabId))) as Partial<ArmedSwitch> | undefined;
  if (!armed) return undefined;
  await removeKeys('session', armedKey(tabId));
  const target = readTarget(armed.target);
  return armed.url === url && typeof armed.expiresAt === 'number' && armed.expiresAt > now ? target : undefined;
}

/** A switch is about to be posted from this tab: its answer is judged against this record. A new
 *  switch also ends what the tab said of the last one. */
export async function recordAttempt(tabId: number, target: SwitchTarget, now = Date.now()): Promise<void> {
  const attempt: SwitchAttempt = { ...targetOf(target), postedAt: now };
  await Promise.all([writeKeys('session', { [attemptKey(tabId)]: attempt }), watchSignInPages(now)]);
  await removeKeys('session', refusalKey(tabId));
}

/** Nothing was posted after all, or another kind of switch starts in this tab. */
export async function forgetSwitches(tabId: number): Promise<void> {
  await removeKeys('session', [attemptKey(tabId), refusalKey(tabId)]);
}

export async function readTabAttempt(tabId: number): Promise<SwitchAttempt | undefined> {
  return readAttempt(await readKey('session', attemptKey(tabId)));
}

/** The attempt's answer was judged a refusal: one post, one explanation. */
export async function recordRefusal(tabId: number, attempt: SwitchAttempt, now = Date.now()): Promise<void> {
  const refusal: SwitchRefusal = { ...targetOf(attempt), at: now };
  await writeKeys('session', { [refusalKey(tabId)]: refusal });
  await removeKeys('session', attemptKey(tabId));
}

export async function dropAttempt(tabId: number): Promise<void> {
  await removeKeys('session', attemptKey(tabId));
}

export async function readTabRefusal(tabId: number): Promise<SwitchRefusal | undefined> {
  return readRefusal((await readKeys('session', [refusalKey(tabId)]))[refusalKey(tabId)]);
}

/** The tab closed: nothing of it is needed any more (storage.session would keep it until the
 *  browser closes, and a tab id may be given again). */
export async function forgetTab(tabId: number): Promise<void> {
  await removeKeys('session', [armedKey(tabId), attemptKey(tabId), refusalKey(tabId)]);
}

export async function dismissRefusal(tabId: number): Promise<void> {
  await removeKeys('session', refusalKey(tabId));
}
