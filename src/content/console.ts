// Console page entry (isolated world): reads this page for the background, shows the active-role
// badge, and sends the switches the background builds. It acts on messages from our extension and
// on real user input only, never on anything the page sends.
import type { ConsolePage } from '../platform/protocol';
import { listenToBackground, sendToBackground, t } from '../platform/content-runtime';
import { showBadge, watchPlacement } from './badge';
import { readConsolePage } from './console-signals';
import { fetchSwitch, postSwitchForm } from './switch-in-page';

let announced: ConsolePage | undefined;

listenToBackground({
  readConsole: async () => (await readConsolePage()).page,
  postSwitchForm: ({ form }) => postSwitchForm(form),
  fetchSwitch: ({ request }) => fetchSwitch(request),
  refreshBadge: () => {
    if (announced) void announce(announced);
    return {};
  },
});

async function announce(page: ConsolePage): Promise<void> {
  announced = page;
  let view;
  try {
    view = await sendToBackground('consolePageOpened', { page });
  } catch {
    return; // The extension was reloaded or updated: this page's script is orphaned.
  }
  showBadge(view, {
    back: async () => {
      try {
        const outcome = await sendToBackground('returnToUser', {});
        if (outcome.kind !== 'failed') return undefined;
        const text = t(outcome.issue.code, outcome.issue.params);
        return text === outcome.issue.code ? outcome.issue.message : text;
      } catch {
        return t('errBackgroundUnavailable');
      }
    },
    setCollapsed: (collapsed) => void sendToBackground('setBadgeCollapsed', { collapsed }).catch(() => undefined),
  });
}

/** What the badge cannot do without: someone signed in, and (classic) the switch token. The
 *  background decides what the page means; this only asks whether a reread is worth it. */
const lacksSignals = (page: ConsolePage) =>
  (!page.report.sessionData && !page.report.accountInfo && page.report.dom.length === 0) || !page.csrfFound;

const whenIdle = (run: () => void, timeout: number) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 1);

/**
 * Runs at document_end and waits for an idle moment (at most 50 ms, so the badge shows within
 * 100 ms of DOMContentLoaded). A page that still lacks its signals may simply not have loaded its
 * scripts yet: it is read once more after `load` before the badge says the console changed.
 */
async function start(): Promise<void> {
  let { page } = await readConsolePage('if-needed');
  if (lacksSignals(page) && document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => whenIdle(() => resolve(undefined), 200));
    ({ page } = await readConsolePage('if-needed'));
  }
  await announce(page);
  watchPlacement();
}

whenIdle(() => void start(), 50);
