// Console page entry (isolated world): reads this page for the background, shows the active-role
// badge, and sends the switches the background builds. It acts on messages from our extension and
// on real user input only, never on anything the page sends.
import { badgeKeyOf, collapsedIn, earlyCheck, earlyKey, fullCheck, isStoredBadge } from '../core/badge/page-key';
import { BADGE_UI_KEY } from '../core/store/storage-keys';
import type { BadgeView, ConsolePage } from '../platform/protocol';
import { listenToBackground, readLocal, sendToBackground, t } from '../platform/content-runtime';
import { HandlerFailed } from '../platform/envelope';
import { showBadge, watchPlacement } from './badge-view';
import { readConsolePage } from './console-signals';
import { fetchSwitch, postSwitchForm } from './switch-in-page';
import { keepToken, takeToken } from './switch-tokens';

/** The page as last read, which the badge shows. */
let shown: ConsolePage | undefined;

listenToBackground({
  readConsole: async () => {
    const { page, csrf } = await readConsolePage();
    return { page, readId: keepToken(csrf) };
  },
  // The token of the read the switch was decided from (so a switch reads the page once); when that
  // read is no longer kept, the page's token as it is now.
  postSwitchForm: async ({ form, readId }) => postSwitchForm(form, takeToken(readId) ?? (await readConsolePage()).csrf),
  fetchSwitch: ({ request }) => fetchSwitch(request),
  // The list or the settings changed: the stored badges are up to date already.
  refreshBadge: () => {
    if (shown) void show(shown);
    return {};
  },
});

const actions = {
  back: async () => {
    try {
      const outcome = await sendToBackground('returnToUser', {});
      if (outcome.kind !== 'failed') return undefined;
      const text = t(outcome.issue.code, outcome.issue.params);
      return text === outcome.issue.code ? outcome.issue.message : text;
    } catch (error) {
      // Its handler failed, or the background did not answer at all: either way, the badge says so.
      return error instanceof HandlerFailed ? t('errBackgroundFailed', error.message) : t('errBackgroundUnavailable');
    }
  },
  setCollapsed: (collapsed: boolean) => void sendToBackground('setBadgeCollapsed', { collapsed }).catch(() => undefined),
};

function draw(view: BadgeView, ui?: unknown): void {
  showBadge({ ...view, collapsed: collapsedIn(ui) ?? view.collapsed }, actions);
}

/**
 * Draws the badge the background stored for this page, if there is one: one read of
 * storage.local, no message, so a sleeping service worker stays asleep. 'exact' when it was made
 * for a page that carried exactly what this one carries; 'early' when only the early key (the
 * session data) matched, and the background should look again.
 */
async function fromStorage(page: ConsolePage, options: { problems: boolean }): Promise<'exact' | 'early' | undefined> {
  // The early key once: it names the stored badge and checks it (the console page pays for each).
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

async function fromBackground(page: ConsolePage): Promise<void> {
  try {
    draw(await sendToBackground('consolePageOpened', { page }));
  } catch {
    // The extension was reloaded or updated (this page's script is orphaned), or the background
    // could not make the badge: the stored one, if any, stays.
  }
}

/** The stored badge at once; the background only when none fits this page exactly (it works the
 *  badge out and stores it for the next load). */
async function show(page: ConsolePage): Promise<void> {
  shown = page;
  if ((await fromStorage(page, { problems: true })) !== 'exact') await fromBackground(page);
}

/** What the badge cannot do without: someone signed in, and (classic) the switch token. The
 *  background decides what the page means; this only asks whether a reread is worth it. */
const lacksSignals = (page: ConsolePage) =>
  (!page.report.sessionData && !page.report.accountInfo && page.report.dom.length === 0) || !page.csrfFound;

const loaded = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });

const whenIdle = (run: () => void, timeout: number) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 1);

/**
 * Runs at document_end, at once: reading a few elements of the page and drawing the stored badge
 * is all the page pays before it is idle (the badge shows within a few milliseconds of
 * DOMContentLoaded); placing it waits for an idle moment. A page that still lacks its signals may
 * simply not have loaded its scripts yet: the badge stored for its session data is drawn
 * meanwhile (unless it warned of something), and the page is read once more after `load` before
 * the badge says the console changed.
 */
async function start(): Promise<void> {
  let { page } = await readConsolePage('if-needed');
  if (lacksSignals(page) && document.readyState !== 'complete') {
    await fromStorage(page, { problems: false });
    await loaded();
    await new Promise((resolve) => whenIdle(() => resolve(undefined), 200));
    ({ page } = await readConsolePage('if-needed'));
  }
  await show(page);
  watchPlacement();
}

void start();
