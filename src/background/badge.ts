import { formatBadge } from '../core/badge/format';
import { allEntries, loadStore } from '../platform/store';
import { readKey, writeKeys } from '../platform/storage';
import type { BadgeView, ConsoleState } from '../platform/protocol';
import { sendToTab } from '../platform/messaging';
import { consoleTabs } from './console-tabs';

// The badge's own UI state, kept apart from the user's data (not exported, not synced).
const BADGE_UI_KEY = 'badgeUi';

async function isCollapsed(): Promise<boolean> {
  const ui = await readKey('local', BADGE_UI_KEY);
  return typeof ui === 'object' && ui !== null && (ui as { collapsed?: unknown }).collapsed === true;
}

export async function setBadgeCollapsed(collapsed: boolean): Promise<Record<string, never>> {
  await writeKeys('local', { [BADGE_UI_KEY]: { collapsed } });
  return {};
}

/** What a console tab's badge shows, from what its page says and the saved entries and settings. */
export async function badgeView(state: ConsoleState): Promise<BadgeView> {
  const [snapshot, collapsed] = await Promise.all([loadStore(), isCollapsed()]);
  const { groups, settings } = snapshot.data;
  const data = formatBadge(state, { entries: allEntries(snapshot), groups, hideAccountIds: settings.hideAccountIds });
  return { visible: settings.badge, collapsed, data };
}

/** Saved data changed (an entry, a setting like "hide account ids"): every console tab redraws
 *  its badge at once. A tab without our content script (opened before install) is skipped. */
export async function refreshBadges(): Promise<void> {
  const tabs = await consoleTabs();
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'refreshBadge', {}).catch(() => undefined))));
}
