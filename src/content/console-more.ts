// The console content script's second half, loaded when first needed (load-more.ts): answering
// the background's reads and switches (with the page probe, the cookies and the switch token), the
// first look at a page no kept badge fits (the background works its badge out), a refresh after the
// list changed, return-to-user's outcome in words, and placement off the middle of the edge. Like
// console.ts, it acts on messages from our background (checked there) and on real user input only.
import { badgeKeyOf, earlyCheck, earlyKey, fullCheck, isStoredBadge } from '../core/badge/page-key';
import type { RawConsolePage } from '../core/console/page-state';
import { BADGE_UI_KEY } from '../core/store/storage-keys';
import type { BadgeView, MessageMap } from '../platform/protocol';
import { readLocal, sendToBackground, t } from '../platform/content-runtime';
import { HandlerFailed } from '../platform/envelope';
import { readConsolePage } from './console-signals';
import { readPageWithoutProbe } from './page-reads';
import { fetchSwitch as fetchInPage, postSwitchForm as postInPage } from './switch-in-page';
import { keepToken, takeToken } from './switch-tokens';

export { place, warning } from './badge-more';

/** Draws a badge view with the kept UI state (console.ts). */
export type Draw = (view: BadgeView, ui?: unknown) => void;

export async function readConsole(): Promise<MessageMap['readConsole']['response']> {
  const { page, csrf } = await readConsolePage();
  return { page, readId: keepToken(csrf) };
}

/** The token of the read the switch was decided from (so a switch reads the page once); when that
 *  read is no longer kept, the page's token as it is now. */
export async function postSwitchForm({ form, readId }: MessageMap['postSwitchForm']['request']): Promise<MessageMap['postSwitchForm']['response']> {
  return postInPage(form, takeToken(readId) ?? (await readConsolePage()).csrf);
}

export const fetchSwitch = ({ request }: MessageMap['fetchSwitch']['request']) => fetchInPage(request);

export const setCollapsed = (collapsed: boolean) => void sendToBackground('setBadgeCollapsed', { collapsed }).catch(() => undefined);

/** "Back to <user>", from its `button`: disabled while it goes; what went wrong, if anything, in
 *  words in the badge (`showNote`). */
export async function back(button: HTMLButtonElement, showNote: (note: string) => void): Promise<void> {
  button.disabled = true;
  const problem = await returnToUser();
  button.disabled = false;
  if (problem !== undefined) showNote(problem);
}

async function returnToUser(): Promise<string | undefined> {
  try {
    const outcome = await sendToBackground('returnToUser', {});
    if (outcome.kind !== 'failed') return undefined;
    const text = t(outcome.issue.code, outcome.issue.params);
    return text === outcome.issue.code ? outcome.issue.message : text;
  } catch (error) {
    // Its handler failed, or the background did not answer at all: either way, the badge says so.
    return error instanceof HandlerFailed ? t('errBackgroundFailed', error.message) : t('errBackgroundUnavailable');
  }
}

/**
 * Draws the badge the background stored for this page, if there is one: one read of
 * storage.local, no message, so a sleeping service worker stays asleep. 'exact' when it was made
 * for a page that carried exactly what this one carries; 'early' when only the early key (the
 * session data) matched, and the background should look again.
 */
async function fromStorage(page: RawConsolePage, draw: Draw, options: { problems: boolean }): Promise<'exact' | 'early' | undefined> {
  const early = earlyKey(page);
  const key = badgeKeyOf(early);
  let items: Record<string, unknown>;
  try {
    items = await readLocal([key, BADGE_UI_KEY]);
  } catch {
    return undefined; // The extension was reloaded or updated: this page's script is orphaned.
  }
  const stored = items[key];
  if (!isStoredBadge(stored) || stored.early !== earlyCheck(early)) return undefined;
  const view = stored.view as BadgeView;
  if (!options.problems && view.data.problems.length > 0) return undefined;
  draw(view, items[BADGE_UI_KEY]);
  return stored.full === fullCheck(page) ? 'exact' : 'early';
}

/** The background works the badge out from a whole read of the page (probe included) and keeps
 *  it for the next load. */
async function fromBackground(draw: Draw): Promise<void> {
  try {
    const { page } = await readConsolePage('if-needed');
    draw(await sendToBackground('consolePageOpened', { page }));
  } catch {
    // The extension was reloaded or updated (this page's script is orphaned), or the background
    // could not make the badge: the stored one, if any, stays.
  }
}

/** The kept badge when one fits the page exactly (read as at load, without the probe); else the
 *  background's. After the list or the settings changed, the kept badges are up to date already. */
export async function refresh(draw: Draw): Promise<void> {
  if ((await fromStorage(readPageWithoutProbe(), draw, { problems: true })) !== 'exact') await fromBackground(draw);
}

/** What the badge cannot do without: someone signed in, and (classic) the switch token. The
 *  background decides what the page means; this only asks whether a reread is worth it. */
const lacksSignals = (page: RawConsolePage & { report: { sessionData: boolean; accountInfo: boolean; dom: string[] } }) =>
  (!page.report.sessionData && !page.report.accountInfo && page.report.dom.length === 0) || !page.csrfFound;

const loaded = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });

const whenIdle = (run: () => void, timeout: number) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 1);

/**
 * A page no kept badge fits exactly (console.ts found none at load): the first after a switch, a
 * page without session data, or one whose names changed. A page that still lacks its signals may
 * simply not have loaded its scripts yet: the badge kept for its session data is drawn meanwhile
 * (unless it warned of something), and the page is read once more after `load` before the badge
 * says the console changed.
 */
export async function firstLook(draw: Draw): Promise<void> {
  let { page } = await readConsolePage('if-needed');
  if (lacksSignals(page) && document.readyState !== 'complete') {
    await fromStorage(page, draw, { problems: false });
    await loaded();
    await new Promise((resolve) => whenIdle(() => resolve(undefined), 200));
    ({ page } = await readConsolePage('if-needed'));
  }
  if ((await fromStorage(page, draw, { problems: true })) !== 'exact') {
    try {
      draw(await sendToBackground('consolePageOpened', { page }));
    } catch {
      // As in fromBackground: the stored badge, if any, stays.
    }
  }
}
