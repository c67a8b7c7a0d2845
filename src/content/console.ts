// Console page entry (isolated world): answers the background's questions about this page,
// performs the switches it asks for, and shows the active-role badge. It acts on messages from
// our extension and on real user input only, never on anything the page sends.
import type { ConsoleState } from '../platform/protocol';
import { listenToBackground, sendToBackground, t } from '../platform/content-runtime';
import { showBadge, watchPlacement } from './badge';
import { pageLacksSignals, readConsoleState } from './console-state';
import { performSwitch, performSwitchBack } from './perform-switch';

let announced: ConsoleState | undefined;

listenToBackground({
  readConsole: async () => (await readConsoleState()).state,
  performSwitch: async ({ profile }) => {
    const { page, state } = await readConsoleState();
    const identity = state.reading.identity;
    return performSwitch(profile, page, identity?.multiSession);
  },
  switchBack: async () => performSwitchBack((await readConsoleState()).page),
  refreshBadge: () => {
    if (announced) void announce(announced);
    return {};
  },
});

async function announce(state: ConsoleState): Promise<void> {
  announced = state;
  let view;
  try {
    view = await sendToBackground('consolePageOpened', { state });
  } catch {
    return; // The extension was reloaded or updated: this page's script is orphaned.
  }
  showBadge(view, {
    back: async () => {
      try {
        const outcome = await sendToBackground('returnToUser', {});
        return outcome.kind === 'failed' ? issueText(outcome.issue) : undefined;
      } catch {
        return t('errBackgroundUnavailable');
      }
    },
    setCollapsed: (collapsed) => void sendToBackground('setBadgeCollapsed', { collapsed }).catch(() => undefined),
  });
}

function issueText(issue: { code: string; message: string; params?: string[] }): string {
  const text = t(issue.code, issue.params);
  return text === issue.code ? issue.message : text;
}

const whenIdle = (run: () => void, timeout: number) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 1);

/**
 * Runs at document_end and waits for an idle moment (at most 50 ms, so the badge shows within
 * 100 ms of DOMContentLoaded). A page that still lacks its signals may simply not have loaded its
 * scripts yet: it is read once more after `load` before the badge says the console changed.
 */
async function start(): Promise<void> {
  let { state } = await readConsoleState();
  if (pageLacksSignals(state) && document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => whenIdle(() => resolve(undefined), 200));
    ({ state } = await readConsoleState());
  }
  await announce(state);
  watchPlacement();
}

whenIdle(() => void start(), 50);
