import { formatBadge, type BadgeData } from '../core/badge/format';
import { t } from '../platform/i18n';
import { allEntries, loadStore } from '../platform/store';
import { readKey, writeKeys } from '../platform/storage';
import type { BadgeText, BadgeView, ConsolePage } from '../platform/protocol';
import { sendToTab } from '../platform/messaging';
import { consoleStateOf } from './console-page';
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

/** The badge's words, looked up here: i18n's first lookup in a content script costs the console
 *  page milliseconds. */
function badgeText(data: BadgeData): BadgeText {
  const text: BadgeText = {
    title: t('badgeTitle'),
    name: t('badgeName'),
    account: t('badgeAccount'),
    role: t('badgeRole'),
    region: t('badgeRegion'),
    production: t('badgeProduction'),
    multiSession: t('multiSession'),
    collapse: t('badgeCollapse'),
    expand: t('badgeExpand'),
    problems: data.problems.map((problem) => t(problem === 'identity' ? 'identityConsoleChanged' : 'badgeCsrfMissing')),
  };
  if (data.region !== undefined) text.regionValue = data.region === 'global' ? t('badgeRegionGlobal') : data.region;
  if (data.backTo !== undefined) text.back = t('backToUser', data.backTo);
  return text;
}

/** What a console tab's badge shows, from what its page says and the saved entries and settings. */
export async function badgeView(page: ConsolePage): Promise<BadgeView> {
  const [snapshot, collapsed] = await Promise.all([loadStore(), isCollapsed()]);
  const { groups, settings } = snapshot.data;
  const data = formatBadge(consoleStateOf(page), { entries: allEntries(snapshot), groups, hideAccountIds: settings.hideAccountIds });
  return { visible: settings.badge, collapsed, data, text: badgeText(data) };
}

/** Saved data changed (an entry, a setting like "hide account ids"): every console tab redraws
 *  its badge at once. A tab without our content script (opened before install) is skipped. */
export async function refreshBadges(): Promise<void> {
  const tabs = await consoleTabs();
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'refreshBadge', {}).catch(() => undefined))));
}
