// A read of the access portal, driven from the options page (issue #17): a tab of the portal's
// origin (an open one, else one opened in the background and closed afterwards), the region from
// the page when the address does not name it, then core/portal's planner, a few requests per run
// in the page (two runs out at once), until the read is complete or has failed. The browser is
// reached only through `PortalDoors` (the real ones in portal-doors.ts), so that the whole run is tested with fakes.
// Nothing here sees the portal's token: the page function returns statuses and answer texts only.
import { isOnApi, MAX_ANSWER_BYTES, portalEndpoints, requestUrl, type PortalDialect, type PortalEndpoints, type PortalRequest } from '../core/portal/portal-api';
import { portalIssue, type PortalIssue } from '../core/portal/portal-issues';
import { portalPageRegion } from '../core/portal/portal-page';
import { nextStep, startRead, takeAnswer, takeFailure, type PortalRead, type PortalReadState } from '../core/portal/portal-read';
import { portalOrigin, portalRegion } from '../core/profile/portal-hosts';
import { parseJsonText } from '../core/shared/json-text';
import type { PageAnswer, PageFacts } from './portal-page-script';
import { reasonOf } from './reason-of';

export interface PortalDoors {
  findTab(origin: string): Promise<number | undefined>;
  openTab(url: string): Promise<number | undefined>;
  closeTab(tabId: number): Promise<void>;
  pageFacts(tabId: number): Promise<PageFacts | undefined>;
  fetchInPage(tabId: number, portalOrigin: string, apiBase: string, urls: string[], maxBytes: number): Promise<PageAnswer[] | undefined>;
  wait(ms: number): Promise<void>;
}

export type PortalProgress =
  | { phase: 'opening'; origin: string }
  | { phase: 'accounts'; listed: number }
  | { phase: 'sets'; read: number; total: number };

/** Why a read gave nothing: a core issue, the tab that left the portal (sign in), or a tab that
 *  could not be used (the browser's reason). `signIn` is the start URL to offer to open. */
export type PortalProblem =
  | { kind: 'issue'; issue: PortalIssue; signIn?: string }
  | { kind: 'pageLeft'; signIn: string }
  | { kind: 'tab'; origin: string; reason: string };

export type PortalOutcome = { read: PortalRead; endpoints: PortalEndpoints } | { problem: PortalProblem };

/** The portal page's own calls (the lead's choice: design17.md). */
export const DIALECT: PortalDialect = 'appinstances';
/** Requests per run in the page, sent there at once. */
export const BATCH = 16;
/** Runs out in the page at once: when one comes back the next starts, so the page always has
 *  requests out (at most BATCH × RUNS_OUT, the 32 a read always had) and no run waits for the
 *  slowest answer of the one before. Measured with the simulator (1,000 accounts × 4 permission
 *  sets, 1,011 requests each with its CORS preflight, over HTTP/2): see docs/performance.md; the
 *  answers are the time. */
export const RUNS_OUT = 2;
/** Waits after a 429 with no answer between, before asking again; one more 429 after the last ends the read. */
export const THROTTLE_WAITS_MS = [1_000, 2_000, 4_000] as const;
/** All the waiting a read may do without an answer between (a portal that stopped answering but for
 *  429s). Waiting while answers still come is not bounded: a large read of a portal that throttles
 *  steadily goes on, one run at a time (see RUNS_OUT), and says its progress. */
export const THROTTLE_STALL_MS = 10_000;

/**
 * Reads the portal of `startUrl`. Its region: the address's, else the page's, else `region` (typed
 * by the user), else `knownRegion` (the last read's: rememberedRegion, named in the message if the
 * portal does not answer there), else the user is asked for it. Only a typed region is held against the address's own.
 */
export async function readPortal(startUrl: string, region: string | undefined, doors: PortalDoors, onProgress: (progress: PortalProgress) => void = () => undefined, knownRegion?: string): Promise<PortalOutcome> {
  const url = startUrl.trim();
  const origin = portalOrigin(url);
  const typed = region?.trim() || undefined;
  if (origin === undefined) return { problem: { kind: 'issue', issue: portalIssue('errPortalStartUrl', [url]) } };
  // An address that names its region is checked before any tab is touched (a region typed that is not it).
  const named = portalRegion(url) === undefined ? undefined : portalEndpoints(url, typed);
  if (named && 'error' in named) return { problem: { kind: 'issue', issue: named.error } };
  onProgress({ phase: 'opening', origin });
  let tabId: number | undefined;
  let opened = false;
  try {
    tabId = await doors.findTab(origin);
    if (tabId === undefined) {
      tabId = await doors.openTab(url);
      opened = tabId !== undefined;
    }
  } catch (error) {
    return { problem: { kind: 'tab', origin, reason: reasonOf(error) } };
  }
  if (tabId === undefined) return { problem: { kind: 'tab', origin, reason: '' } };
  try {
    return await readInTab(url, origin, named?.value, typed, knownRegion?.trim() || undefined, tabId, doors, onProgress);
  } catch (error) {
    return { problem: { kind: 'tab', origin, reason: reasonOf(error) } };
  } finally {
    if (opened) await doors.closeTab(tabId).catch(() => undefined);
  }
}

async function readInTab(url: string, origin: string, named: PortalEndpoints | undefined, typed: string | undefined, known: string | undefined, tabId: number, doors: PortalDoors, onProgress: (progress: PortalProgress) => void): Promise<PortalOutcome> {
  let endpoints = named;
  /** A region nobody said for this read (the last read's): named if the portal does not answer there. */
  let guessed: string | undefined;
  if (endpoints === undefined) {
    // An *.awsapps.com address does not name its region: the page says it (#env), else the user.
    const facts = await doors.pageFacts(tabId);
    if (facts?.origin !== origin) return { problem: { kind: 'pageLeft', signIn: url } };
    const said = portalPageRegion(url, facts) ?? typed;
    if (said === undefined) guessed = known;
    const found = portalEndpoints(url, said ?? known);
    if ('error' in found) return { problem: { kind: 'issue', issue: found.error } };
    endpoints = found.value;
  }
  /** The status of the last request that failed (0: no answer). */
  let failedWith: number | undefined;

  let state = startRead(DIALECT);
  /** 429 turns since the last answer, and the time waited since then. */
  let throttled = 0;
  let stalled = 0;
  /** Runs out at once: one from the first 429 on (the portal asked to slow down; it stays slowed). */
  let runsOut: number = RUNS_OUT;
  /** The runs out in the page, and the addresses they asked for (never asked twice at once). */
  const out: Run[] = [];
  const asked = new Set<string>();
  // Each turn answers at least one request or ends the read; this bound only guards against a bug.
  for (let turn = 0; turn < state.limits.maxPages * 2; turn++) {
    while (out.length < runsOut) {
      const step = nextStep(state, asked.size + BATCH);
      if (step.kind === 'done' && out.length === 0) return { read: step.read, endpoints };
      if (step.kind === 'failed') {
        // 401 or no answer in a guessed region: maybe signed out, maybe not the portal's region.
        const issue = guessed !== undefined && (failedWith === 401 || failedWith === 0) ? portalIssue('errPortalRegionGuessed', [origin, guessed]) : step.issue;
        return { problem: { kind: 'issue', issue, ...((step.issue.code === 'errPortalSignedOut' || issue !== step.issue) && { signIn: url }) } };
      }
      if (step.kind !== 'requests') break;
      const requests = step.requests.filter((request) => !asked.has(requestUrl(endpoints, DIALECT, request))).slice(0, BATCH);
      // Everything that can be asked now is out (the account list is one page at a time).
      if (requests.length === 0) break;
      const urls = requests.map((request) => requestUrl(endpoints, DIALECT, request));
      // The one check before any fetch: every address is on the portal's API (the page checks again).
      if (!urls.every((u) => isOnApi(endpoints, u))) return { problem: { kind: 'issue', issue: portalIssue('errPortalBadToken', ['accounts']) } };
      for (const u of urls) asked.add(u);
      const run: Run = { requests, urls, answers: undefined! };
      run.answers = doors.fetchInPage(tabId, origin, endpoints.apiBase, urls, MAX_ANSWER_BYTES).then(
        (answers) => ({ run, answers }),
        (error: unknown) => ({ run, error }),
      );
      out.push(run);
    }
    if (out.length === 0) break;
    const back = await Promise.race(out.map((run) => run.answers));
    out.splice(out.indexOf(back.run), 1);
    for (const u of back.run.urls) asked.delete(u);
    if ('error' in back) throw back.error;
    const { answers } = back;
    const { requests } = back.run;
    if (!answers || answers.length !== requests.length) return { problem: { kind: 'pageLeft', signIn: url } };
    let slowDown = false;
    const progressed = answers.some((answer) => answer.status === 200);
    if (progressed) [throttled, stalled] = [0, 0];
    const wait = THROTTLE_WAITS_MS[throttled];
    const mayWait = wait !== undefined && stalled + wait <= THROTTLE_STALL_MS;
    for (const [i, answer] of answers.entries()) {
      const request = requests[i]!;
      if (answer.status === -1) return { problem: { kind: 'pageLeft', signIn: url } };
      // Throttled: not answered, so the planner asks for it again, after a wait.
      if (answer.status === 429 && mayWait) slowDown = true;
      else if (answer.status !== 200) {
        failedWith ??= answer.status;
        state = takeFailure(state, answer.status, url);
      }
      else state = takeAnswer(state, request, answer.text === null ? undefined : parseJsonText(answer.text));
    }
    if (slowDown) {
      runsOut = 1;
      await doors.wait(wait!);
      stalled += wait!;
      throttled++;
    }
    onProgress(progressOf(state));
  }
  return { problem: { kind: 'issue', issue: portalIssue('errPortalTooManyPages', [state.pages]) } };
}

/** One run out in the page: what it asked, and its answers once they are back (never a rejection). */
interface Run {
  requests: PortalRequest[];
  urls: string[];
  answers: Promise<{ run: Run; answers: PageAnswer[] | undefined } | { run: Run; error: unknown }>;
}

function progressOf(state: PortalReadState): PortalProgress {
  if (!state.accountList.done) return { phase: 'accounts', listed: state.accounts.length };
  return { phase: 'sets', read: state.cursors.filter((c) => c.done).length, total: state.accounts.length };
}
