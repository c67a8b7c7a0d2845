// The console badge's data, kept ready in storage.local so that a console page draws its badge
// without waking this service worker:
// - the badge each console page showed (the last MAX_VIEWS, regular windows only), under the key
//   its content script works out from the page (core/badge/page-key.ts), with hashes of what the
//   page carried and only the facts drawing it needs (core/badge/kept-facts.ts): the next load of
//   that page reads it directly. Worked out again whenever the list or the
//   settings change, and when the extension starts (the browser's language may have changed).
// - the per-identity lookup (core/badge/lookup.ts): a page nobody has seen yet (the first after a
//   switch) is worked out from one or two small buckets instead of the whole list.
// All of it is derived, local to this browser (never synced or exported), and holds no secret:
// names, ids and colours, and the names the page gave who is signed in; never the page's address
// beyond its host and region, its session data, the switch token (only whether the page had one)
// nor a cookie.
import { formatBadge, keepsBadge, type BadgeData } from '../core/badge/format';
import type { ConsolePageFacts } from '../core/console/page-state';
import { keptFacts } from '../core/badge/kept-facts';
import { buildLookup, bucketOf, identityKeys, lookupEntries, type LookupRecord } from '../core/badge/lookup';
import { badgeViewKey, collapsedIn, earlyCheck, earlyKey, fullCheck, isStoredBadge, shortHash, type StoredBadge } from '../core/badge/page-key';
import { canonicalJson } from '../core/store/canonical-json';
import type { Entry, GroupSettings } from '../core/store/schema';
import { exclusively } from '../platform/locks';
import { messagesReady, t } from '../platform/i18n';
import { sendToTab } from '../platform/messaging';
import type { BadgeText, BadgeView, ConsolePage } from '../platform/protocol';
import { allEntries, loadStore, type StoreSnapshot } from '../platform/store';
import {
  BADGE_LOOKUP_KEY as LOOKUP_KEY, badgeLookupBucketKey as bucketKey, BADGE_UI_KEY, BADGE_VIEW_PREFIX, BADGE_VIEWS_KEY as VIEWS_KEY,
  OLD_BADGE_VIEW_PREFIX as OLD_VIEW_PREFIX, OLD_BADGE_VIEWS_KEY as OLD_VIEWS_KEY,
} from '../core/store/storage-keys';
import { readKeys, removeKeys, writeKeys } from '../platform/storage';
import { consoleStateOf } from './console-page';
import { consoleTabs } from './console-tabs';

const MAX_VIEWS = 100;
/** One writer of all of the above at a time, across the extension's pages and workers. */
const LOCK = 'switchyard-badge';

/** The lookup's table of contents and the settings the badge follows. */
interface LookupIndex {
  /** A hash of each bucket, to write only the buckets that changed. */
  sums: string[];
  hideAccountIds: boolean;
  badge: boolean;
}

function readIndex(value: unknown): LookupIndex | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const index = value as Partial<LookupIndex>;
  return Array.isArray(index.sums) && typeof index.hideAccountIds === 'boolean' && typeof index.badge === 'boolean' ? (index as LookupIndex) : undefined;
}

const readHashes = (value: unknown): string[] => (Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : []);

const isCollapsed = (ui: unknown) => collapsedIn(ui) === true;

export async function setBadgeCollapsed(collapsed: boolean): Promise<Record<string, never>> {
  await writeKeys('local', { [BADGE_UI_KEY]: { collapsed } });
  return {};
}

/** The badge's words, looked up here: i18n's first lookup in a content script costs the console
 *  page milliseconds. */
function badgeText(data: BadgeData): BadgeText {
  const text: BadgeText = {
    // "Active role" only when the page said who is signed in.
    title: t(data.problems.includes('identity') ? 'badgeTitleUnknown' : 'badgeTitle'),
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
  if (data.session !== undefined) {
    text.session = t(data.session === 'base' ? 'badgeSessionBase' : 'badgeSessionRole');
    text.sessionTitle = t(data.session === 'base' ? 'badgeSessionBaseTitle' : 'badgeSessionRoleTitle');
    if (text.back !== undefined) text.backTitle = t('badgeBackToBaseTitle');
  }
  return text;
}

interface Saved {
  entries: readonly Entry[];
  groups: Readonly<Record<string, GroupSettings>>;
  hideAccountIds: boolean;
  badge: boolean;
  collapsed: boolean;
}

function viewOf(facts: ConsolePageFacts, saved: Saved): BadgeView {
  const data = formatBadge(facts, saved);
  return { visible: saved.badge, collapsed: saved.collapsed, data, text: badgeText(data) };
}

/** Works the badge out from the lookup: the buckets this page's identity is filed in. Undefined
 *  when the lookup is not built yet (just installed, or storage cleared). */
async function viewFromLookup(state: ConsolePageFacts): Promise<BadgeView | undefined> {
  const identity = state.reading.identity;
  const keys = identityKeys(identity?.kind === 'unknown' ? undefined : identity);
  const buckets = [...new Set(keys.map(bucketOf))];
  const items = await readKeys('local', [LOOKUP_KEY, BADGE_UI_KEY, ...buckets.map(bucketKey)]);
  const index = readIndex(items[LOOKUP_KEY]);
  const collapsed = isCollapsed(items[BADGE_UI_KEY]);
  if (!index) return undefined;
  const records = buckets.flatMap((bucket) => {
    const list = items[bucketKey(bucket)];
    return Array.isArray(list) ? (list as LookupRecord[]) : [];
  });
  return viewOf(state, { entries: lookupEntries(records, keys), groups: {}, hideAccountIds: index.hideAccountIds, badge: index.badge, collapsed });
}

/**
 * What a console tab's badge shows, from what its page says and the saved entries and settings;
 * kept for the next load of that page. Worked out from the lookup under the lock, so that it is
 * stored before, or brought up to date by, a change of the list worked out meanwhile; answered
 * before it is stored. Before the lookup is first built, from the whole list, loaded outside the
 * lock; the lookup is built from it then.
 */
export async function badgeView(page: ConsolePage, options: { keep: boolean } = { keep: true }): Promise<BadgeView> {
  const before = followed;
  // The badge's words are kept with it: not from an empty message table (platform/i18n.ts).
  await messagesReady();
  const facts = consoleStateOf(page);
  // Answered as soon as it is worked out; kept under the same lock. A lookup that cannot be read
  // (or a lock that fails) falls back to the whole list below, like a lookup not built yet.
  const found = await new Promise<BadgeView | undefined>((resolve) => {
    exclusively(LOCK, async () => {
      const view = await viewFromLookup(facts).catch(() => undefined);
      resolve(view);
      if (view && options.keep) await remember(page, view).catch(() => undefined);
    }).catch(() => resolve(undefined));
  });
  if (found) return found;
  const [snapshot, items] = await Promise.all([loadStore(), readKeys('local', [BADGE_UI_KEY])]);
  const view = viewOf(facts, savedOf(snapshot, isCollapsed(items[BADGE_UI_KEY])));
  void writeBadgeData(snapshot, () => followed === before, options.keep ? { page, view } : undefined).catch(() => undefined);
  return view;
}

function savedOf(snapshot: StoreSnapshot, collapsed: boolean): Saved {
  const { groups, settings } = snapshot.data;
  return { entries: allEntries(snapshot), groups, hideAccountIds: settings.hideAccountIds, badge: settings.badge, collapsed };
}

/** A page's badge kept ready, with only what drawing it needs of the page. */
export function storedBadgeOf(page: ConsolePage, view: BadgeView): StoredBadge<BadgeView> {
  return { early: earlyCheck(earlyKey(page)), full: fullCheck(page), facts: keptFacts(consoleStateOf(page)), view };
}

async function remember(page: ConsolePage, view: BadgeView): Promise<void> {
  const key = badgeViewKey(page);
  // A warning badge is not kept, and any kept for this page goes: its next load looks again.
  if (!keepsBadge(view.data)) return removeKeys('local', [key]);
  const hash = key.slice(BADGE_VIEW_PREFIX.length);
  const hashes = readHashes((await readKeys('local', [VIEWS_KEY]))[VIEWS_KEY]).filter((h) => h !== hash);
  hashes.push(hash);
  const evicted = hashes.splice(0, Math.max(0, hashes.length - MAX_VIEWS));
  const stored = storedBadgeOf(page, view);
  await writeKeys('local', { [key]: stored, [VIEWS_KEY]: hashes });
  if (evicted.length > 0) await removeKeys('local', evicted.map((h) => BADGE_VIEW_PREFIX + h));
}

/** Changes of the list this worker has followed: a snapshot loaded before one of them is stale. */
let followed = 0;

/**
 * Brings the lookup and every stored badge up to date with the list and settings in `snapshot`
 * (the list as it is after a change), writing only what changed, in one write.
 */
export function refreshBadgeData(snapshot: StoreSnapshot): Promise<void> {
  followed += 1;
  return writeBadgeData(snapshot, () => true);
}

/**
 * The same when the extension starts (installed, updated, or the browser started: the badge's
 * words may be in a new language), from the list loaded now. Loaded outside the lock: the browser
 * may take its time to answer a read of its policy storage at start-up, and nothing else should
 * wait for that. Skipped if the list changed meanwhile (that change brought everything up to date).
 */
export async function rebuildBadgeData(): Promise<void> {
  const before = followed;
  await forgetOldBadges().catch(() => undefined);
  const snapshot = await loadStore();
  await writeBadgeData(snapshot, () => followed === before);
}

/** Removes the badges version 1 kept (with their pages' addresses, session data and cookies). */
async function forgetOldBadges(): Promise<void> {
  const old = (await readKeys('local', [OLD_VIEWS_KEY]))[OLD_VIEWS_KEY];
  if (old === undefined) return;
  await removeKeys('local', [...readHashes(old).map((hash) => OLD_VIEW_PREFIX + hash), OLD_VIEWS_KEY]);
}

function writeBadgeData(current: StoreSnapshot, stillCurrent: () => boolean, made?: { page: ConsolePage; view: BadgeView }): Promise<void> {
  return exclusively(LOCK, async () => {
    if (!stillCurrent()) return;
    await messagesReady(); // the stored badges' words, as in badgeView
    const entries = allEntries(current);
    const { groups, settings } = current.data;
    const items = await readKeys('local', [LOOKUP_KEY, VIEWS_KEY, BADGE_UI_KEY]);
    const writes: Record<string, unknown> = {};

    const buckets = buildLookup(entries, groups);
    const old = readIndex(items[LOOKUP_KEY]);
    const index: LookupIndex = { sums: buckets.map((bucket) => shortHash(JSON.stringify(bucket))), hideAccountIds: settings.hideAccountIds, badge: settings.badge };
    index.sums.forEach((sum, bucket) => {
      if (old?.sums[bucket] !== sum) writes[bucketKey(bucket)] = buckets[bucket];
    });
    if (canonicalJson(old) !== canonicalJson(index)) writes[LOOKUP_KEY] = index;

    const keys = readHashes(items[VIEWS_KEY]).map((hash) => BADGE_VIEW_PREFIX + hash);
    const stored = keys.length > 0 ? await readKeys('local', keys) : {};
    const saved = savedOf(current, isCollapsed(items[BADGE_UI_KEY]));
    for (const key of keys) {
      const badge = stored[key];
      if (!isStoredBadge(badge)) continue;
      const view = viewOf(badge.facts, saved);
      if (canonicalJson(view) !== canonicalJson(badge.view)) writes[key] = { ...badge, view } satisfies StoredBadge;
    }
    if (Object.keys(writes).length > 0) await writeKeys('local', writes);
    if (made) await remember(made.page, made.view);
  });
}

/** Saved data changed (an entry, a setting like "hide account ids"): every console tab redraws
 *  its badge at once, from the stored badges (refreshBadgeData first). A tab without our content
 *  script (opened before install) is skipped. */
export async function refreshBadges(): Promise<void> {
  const tabs = await consoleTabs();
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'refreshBadge', {}).catch(() => undefined))));
}
