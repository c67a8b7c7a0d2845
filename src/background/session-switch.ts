// Which session a switch goes out from (issue #16, core/sessions/switch-origin.ts decides): a
// signed-in entry is reused (session-reuse.ts); a switch started from a role's session tab goes
// out through the base session's tab, not the role's (that would be role chaining); a chained entry
// goes out from its source role's session, which is signed in first when it is not; the
// five-session limit is said before AWS refuses. Everything else switches as before
// (switch-profile.ts): from the tab the switch started from, or the switch page.
import { isSwitchedRole } from '../core/console/base-user';
import { matchesIdentity } from '../core/console/match-identity';
import { consoleHostOfUrl, isConsoleUrlOf } from '../core/console/partition';
import { baseSession, sessionUsage } from '../core/sessions/session-entries';
import { sessionOfTab, sessionsIn, type Session } from '../core/sessions/session-list';
import { chainRefusedIssue, chainStartTimeoutIssue, isSessionLimitRefusal, sessionLimitIssue } from '../core/sessions/session-issues';
import { chainedFrom, switchOrigin } from '../core/sessions/switch-origin';
import { sessionConsoleUrl } from '../core/switch/base-session-url';
import type { CoreIssue } from '../core/issues/issue';
import type { BaseAccount, Entry } from '../core/store/schema';
import type { ContentSwitchResult, SwitchOutcome } from '../platform/protocol';
import { uiLanguage } from '../platform/i18n';
import { openTab, tabById, type Tab } from '../platform/tabs';
import { readConsoleTab, READ_MS, readWithin, type ConsoleTabRead } from './console-page';
import { liveSessions } from './live-sessions';
import { reuseSession, sessionTabs } from './session-reuse';
import { openDestination, switchInTab } from './switch-in-tab';

/** How long a chain waits for its first step's console page (the source role's) to answer. */
export const CHAIN_START_MS = 20_000;
const POLL_MS = 400;

export interface SwitchContext {
  /** The tab the switch was started from. */
  tab?: Tab;
  newTab: boolean;
  /** The starting tab as the caller has just read it. */
  read?: ConsoleTabRead;
  entries: readonly Entry[];
  bases: readonly BaseAccount[];
  /** The key of the session the user confirmed to sign in anew (only that one is passed over). */
  signInAgain?: string | undefined;
  /** The user chose to switch past the five-session limit as counted here: AWS decides. */
  pastLimit?: boolean;
  /** Test hook: the chain's wait. */
  chainStartMs?: number;
}

/** What a step of a switch came to, and the tab it opened (a chain goes on from there). */
export interface Step {
  outcome: SwitchOutcome;
  tabId?: number;
}

/** The switch as before: from the starting tab, or the switch page (switch-profile.ts). */
export type PlainSwitch = (profile: Entry, ctx: SwitchContext, read: ConsoleTabRead | undefined, options: PlainOptions) => Promise<Step>;

export interface PlainOptions {
  /** Whether a tab opened on AWS's answer comes to the front (a chain's first step stays behind). */
  active: boolean;
  /** The switch page, whatever the starting tab is. */
  switchPage?: boolean;
}

interface Start {
  read?: ConsoleTabRead;
  sessions: Session[];
  open: Tab[];
  current?: Session;
}

/** The starting tab read (and so recorded) when it is a console tab of the entry's partition,
 *  then the sessions as they are now. */
async function startingPoint(profile: Entry, ctx: SwitchContext): Promise<Start> {
  const { tab } = ctx;
  let read = ctx.read;
  if (!read && tab?.id !== undefined && consoleHostOfUrl(tab.url)?.partition === profile.partition) {
    read = await readConsoleTab(tab.id).catch(() => undefined);
  }
  const { sessions, open } = await liveSessions(Date.now(), read ? tab?.id : undefined);
  const current = tab?.id === undefined ? undefined : sessionOfTab(sessions, tab.id);
  return current ? { read, sessions, open, current } : { read, sessions, open };
}

/**
 * A switch to `profile` from the session the rules name. An incognito tab has sessions of its own
 * that the list does not keep: a switch from there goes as before.
 */
export async function sessionSwitch(profile: Entry, ctx: SwitchContext, plain: PlainSwitch): Promise<SwitchOutcome> {
  if (ctx.tab?.incognito === true) return (await plain(profile, ctx, ctx.read, { active: true })).outcome;
  const start = await startingPoint(profile, ctx);
  const { entries, bases } = ctx;
  let list = start.sessions;
  const now = Date.now();
  const pastLimit = ctx.pastLimit === true;
  let origin = switchOrigin({ list, current: start.current, target: profile, entries, bases, now, pastLimit });
  if (origin.from === 'reuse') {
    if (ctx.signInAgain !== origin.session.key) {
      const reused = await reuseSession(origin.session, profile, { from: ctx.tab, newTab: ctx.newTab, open: start.open });
      if (reused) return reused;
    }
    // Signing in again ends that session (AWS signs it out): it neither counts nor is reused.
    const gone = origin.session.key;
    list = list.filter((s) => s.key !== gone);
    origin = switchOrigin({ list, current: start.current?.key === gone ? undefined : start.current, target: profile, entries, bases, now, pastLimit });
  }
  const steps = new Steps(ctx, start, list, plain);
  switch (origin.from) {
    case 'reuse': // the same identity twice in the list (classic and multi-session): from the base
      return (await steps.fromBase(profile, baseSession(list, profile.partition), { active: true })).outcome;
    case 'base':
      return (await steps.fromBase(profile, origin.session, { active: true })).outcome;
    case 'limit':
      return { kind: 'refused', issue: steps.limitIssue(profile) };
    case 'role':
      return steps.chained(profile, origin.session);
  }
}

class Steps {
  constructor(
    private readonly ctx: SwitchContext,
    private readonly start: Start,
    private readonly list: readonly Session[],
    private readonly plain: PlainSwitch,
  ) {}

  /** The limit as the user should read it: the live sessions, and of them the idle ones. */
  limitIssue(profile: Entry): CoreIssue {
    const usage = sessionUsage(this.list, profile.partition, Date.now());
    return sessionLimitIssue(usage.limit, usage.idle, usage.sessions, this.ctx.entries, userLocale());
  }

  /** A refusal as the user should read it: AWS's session limit, or a refused chain, explained. */
  explain(issue: CoreIssue, profile: Entry, from: Pick<Session, 'identity'> | undefined): CoreIssue {
    if (isSessionLimitRefusal(issue)) return this.limitIssue(profile);
    if (issue.code === 'errSwitchUnauthorized' && from?.identity.kind === 'assumed-role') return chainRefusedIssue(from, profile, this.ctx.entries);
    return issue;
  }

  /** Where the new session should land: the page the switch started from, when it is a console
   *  page of the partition (its session subdomain is dropped when the request is built). */
  private landing(profile: Entry): string | undefined {
    const url = this.ctx.tab?.url;
    return url !== undefined && isConsoleUrlOf(url, profile.partition) ? url : undefined;
  }

  /** The starting tab is a role's session in multi-session mode (not the user's own sign-in). */
  private startsFromRole(): boolean {
    const state = this.start.read?.state;
    if (state?.mode !== 'multi-session') return this.start.current?.differentiator !== undefined && !this.start.current.isBase;
    return isSwitchedRole(state.reading.identity, state.baseUser);
  }

  /** A multi-session switch sent from one of `session`'s open tabs (the best placed first); none
   *  when no tab of it could send it. */
  async throughSession(profile: Entry, session: Session, options: { active: boolean }): Promise<Step | undefined> {
    const target = this.landing(profile) === undefined ? undefined : sessionConsoleUrl(session, this.landing(profile));
    const ordered = sessionTabs(session, this.start.open, target);
    for (const tab of ordered) {
      const read = await readWithin(tab.id!);
      if (!read || read.state.reading.identity?.multiSession?.sessionDifferentiator !== session.differentiator) continue;
      const result = await switchInTab(tab.id!, profile, read, { landingUrl: this.landing(profile) });
      const step = await this.open(result, profile, tab.id!, read.state.reading.identity, options);
      if (step) return step;
    }
    return undefined;
  }

  /** What a switch sent from a session tab came to; undefined when that tab could not send it. */
  private async open(result: ContentSwitchResult, profile: Entry, from: number, identity: Session['identity'] | undefined, options: { active: boolean }): Promise<Step | undefined> {
    switch (result.kind) {
      case 'refused':
        return { outcome: { kind: 'refused', issue: this.explain(result.issue, profile, identity ? { identity } : undefined) } };
      case 'destination':
        return openDestination(result.url, profile.partition, { openerTabId: this.ctx.tab?.id ?? from, active: options.active });
      case 'posted':
        return { outcome: { kind: 'posted' } };
      case 'console-changed':
        return undefined;
    }
  }

  /** From the user's own sign-in. Started from a role's session tab in multi-session mode, through
   *  an open tab of the base session (a request from the role's subdomain would be role chaining,
   *  and AWS takes a session's switch only from its own subdomain), else the switch page, which the
   *  base sign-in authorises. From anywhere else, as before. */
  async fromBase(profile: Entry, base: Session | undefined, options: { active: boolean }): Promise<Step> {
    if (!this.ctx.newTab && this.landing(profile) !== undefined && this.startsFromRole()) {
      const sent = base?.differentiator === undefined ? undefined : await this.throughSession(profile, base, options);
      if (sent) return sent;
      return this.plain(profile, this.ctx, undefined, { ...options, switchPage: true });
    }
    const step = await this.plain(profile, this.ctx, this.start.read, options);
    if (step.outcome.kind !== 'refused') return step;
    const identity = this.start.read?.state.reading.identity;
    return { ...step, outcome: { kind: 'refused', issue: this.explain(step.outcome.issue, profile, identity ? { identity } : undefined) } };
  }

  /** Role chaining, meant: from the session of the role `profile` names as its base, signed in
   *  first when it is not. A classic console has one identity: as before. */
  async chained(profile: Entry, session: Session | undefined): Promise<SwitchOutcome> {
    const source = chainedFrom(profile, this.ctx.entries, this.ctx.bases);
    const multi = session ? session.differentiator !== undefined : this.isMultiSession(profile);
    if (!source || !multi) return (await this.plain(profile, this.ctx, this.start.read, { active: true })).outcome;
    if (session) {
      const sent = await this.throughSession(profile, session, { active: true });
      if (sent) return sent.outcome;
      // No tab of it can send the switch: open its console, then switch from there.
      const url = sessionConsoleUrl(session, this.landing(profile));
      if (url === undefined) return (await this.fromBase(profile, undefined, { active: true })).outcome;
      const opened = await openTab(url, { openerTabId: this.ctx.tab?.id, active: false });
      return this.fromStarted(profile, source, opened.id);
    }
    const first = await this.fromBase(source, baseSession(this.list, profile.partition), { active: false });
    if (first.outcome.kind === 'refused' || first.outcome.kind === 'failed') return first.outcome;
    return this.fromStarted(profile, source, first.tabId);
  }

  /** The switch's second step: once the source role's console page in `tabId` answers, from there. */
  private async fromStarted(profile: Entry, source: Entry, tabId: number | undefined): Promise<SwitchOutcome> {
    const seconds = Math.max(1, Math.round((this.ctx.chainStartMs ?? CHAIN_START_MS) / 1000));
    const read = tabId === undefined ? undefined : await untilSignedIn(tabId, source, this.ctx.chainStartMs ?? CHAIN_START_MS);
    const identity = read?.state.reading.identity;
    if (!read || !identity?.multiSession) return { kind: 'failed', issue: chainStartTimeoutIssue(source, profile, seconds) };
    const result = await switchInTab(tabId!, profile, read, { landingUrl: this.landing(profile) });
    const step = await this.open(result, profile, tabId!, identity, { active: true });
    return step?.outcome ?? { kind: 'failed', issue: chainStartTimeoutIssue(source, profile, seconds) };
  }

  private isMultiSession(profile: Entry): boolean {
    const state = this.start.read?.state;
    if (state && consoleHostOfUrl(state.url)?.partition === profile.partition) return state.mode === 'multi-session';
    return sessionsIn(this.list).some((s) => s.partition === profile.partition && s.differentiator !== undefined);
  }
}

/** The browser's UI language, which the names in a message are listed in; none where it cannot be asked. */
function userLocale(): string | undefined {
  try {
    return uiLanguage();
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the tab until its console page is signed in as `source` (multi-session), the tab is gone,
 *  or `ms` have passed. */
async function untilSignedIn(tabId: number, source: Entry, ms: number): Promise<ConsoleTabRead | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    // No answer yet (still loading, no content script yet): ask again.
    const read = await readWithin(tabId, Math.min(READ_MS, deadline - Date.now()));
    const identity = read?.state.reading.identity;
    if (read && identity?.multiSession && matchesIdentity(source, identity)) return read;
    if (Date.now() + POLL_MS > deadline || (await tabById(tabId)) === undefined) return undefined;
    await sleep(POLL_MS);
  }
}
