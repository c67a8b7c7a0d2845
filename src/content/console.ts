// Console page entry (isolated world), run at every console page load: reads the session data in
// the page (page-reads.ts), draws the badge kept for it and this address, and listens for the
// background. Everything else (the page probe, switches, return-to-user, the first look at a page
// no kept badge fits, warnings, placement off the middle) is in console-more.ts, loaded the first
// time it is needed (load-more.ts). It acts on messages from our extension and on real user input
// only, never on anything the page sends.
import { collapsedIn, keysAtLoad, type StoredBadge } from '../core/badge/page-key';
import { BADGE_UI_KEY } from '../core/store/storage-keys';
import type { BadgeView } from '../platform/protocol';
import { listenToBackground, readLocal } from '../platform/content-runtime';
import { showBadge, showNote, watchPlacement } from './badge-view';
import { loadMore } from './load-more';
import { readSessionData } from './page-reads';

listenToBackground({
  readConsole: async () => (await loadMore()).readConsole(),
  postSwitchForm: async (request) => (await loadMore()).postSwitchForm(request),
  fetchSwitch: async (request) => (await loadMore()).fetchSwitch(request),
  // The list or the settings changed: the stored badges are up to date already.
  refreshBadge: () => {
    void loadMore().then((more) => more.refresh(draw), () => undefined);
    return {};
  },
});

const actions = {
  back: (button: HTMLButtonElement) => void loadMore().then((more) => more.back(button, showNote), () => undefined),
  setCollapsed: (collapsed: boolean) => void loadMore().then((more) => more.setCollapsed(collapsed), () => undefined),
};

function draw(view: BadgeView, ui?: unknown): void {
  showBadge({ ...view, collapsed: collapsedIn(ui) ?? view.collapsed }, actions);
}

/**
 * Runs at document_end, at once: reading the session data and drawing the badge kept for exactly
 * it and this address is all the page pays before it is idle (the badge shows within a few
 * milliseconds of DOMContentLoaded); placing it is read in the next frame. One read of
 * storage.local, no message: a sleeping service worker stays asleep. When no kept badge fits (the
 * first load after a switch, a page without session data), console-more.ts takes the first look.
 */
async function start(): Promise<void> {
  const sessionData = readSessionData();
  // Without session data nothing read so far names who is signed in: the first look decides.
  if (sessionData) {
    const { key, early, full } = keysAtLoad(location, sessionData);
    let items: Record<string, unknown>;
    try {
      items = await readLocal([key, BADGE_UI_KEY]);
    } catch {
      return; // The extension was reloaded or updated: this page's script is orphaned.
    }
    // Ours (the background wrote it), checked by its two hashes; its view an object at least.
    const stored = items[key] as Partial<StoredBadge<BadgeView>> | undefined;
    if (stored?.early === early && stored.full === full && typeof stored.view === 'object') {
      draw(stored.view, items[BADGE_UI_KEY]);
      return watchPlacement();
    }
  }
  await (await loadMore()).firstLook(draw);
  watchPlacement();
}

void start().catch(() => undefined);
