// Every storage key Switchyard uses, in one place: which area holds it, who writes it and who
// reads it. Nothing else spells a key (storage-keys.test.ts checks the source for that), so a
// newcomer finds here all that is kept, and two features cannot pick the same name by accident.
// Plain constants only: content scripts import some of these and pay for every byte.
//
// Areas: local (this device, on disk, readable by content scripts), sync (the user's browsers),
// session (in memory, gone with the browser session, out of content scripts' reach), managed
// (the organisation's policy: read only, no key of ours), and the page's own localStorage.

// ---- local: the list ----

/** local. The whole list as JSON (local mode), or in sync mode only this device's part (usage
 *  counts, settings). Written by the store (core/store/store-engine.ts, only ever in the
 *  background or through it); read by the store. */
export const STORE_KEY = 'store';
/** local. Where the first release kept its list (version 0). Written by nothing now; read once by
 *  the store (core/store/local-copy.ts), then superseded by STORE_KEY. */
export const LEGACY_KEY = 'profiles';
/** local. Sync mode: this browser's last good packed copy of the synced list and the sync write
 *  it matches. Written and read by the store (core/store/local-copy.ts, store-engine.ts). */
export const SYNC_COPY_KEY = 'syncCopy';

// ---- sync: the packed list (core/store/packing/sync-layout.ts) ----

/** sync. The manifest naming the current write and its chunks. Written and read by the store
 *  (packing/sync-layout.ts, sync-io.ts, store-engine.ts). */
export const SYNC_MANIFEST_KEY = 'list';
/** sync. The chunk keys' prefix of one write (`l<write>.`); a chunk is `${prefix}${index}`.
 *  Written and read by the store (packing/sync-layout.ts). */
export const syncChunkPrefix = (write: string): string => `l${write}.`;
/** sync. Any chunk key: group 1 is its write, group 2 its index (for cleaning up orphans). */
export const SYNC_CHUNK_KEY = /^l([0-9a-z]+)\.(\d+)$/;
/** What a manifest's prefix must look like (a prefix read back from sync is checked against it). */
export const SYNC_CHUNK_PREFIX = /^l[0-9a-z]+\.$/;

// ---- local/session: the popup's copies, kept by the background (platform/popup-cache.ts) ----

/** local, and the popup page's localStorage. The popup's first screen. Written by the background
 *  (platform/popup-cache.ts) and, as the page's own copy, by the popup; read by the popup
 *  (popup/popup-store.ts). */
export const FIRST_SCREEN_KEY = 'firstScreen';
/** session. The whole deck as the popup shows it. Written by the background
 *  (platform/popup-cache.ts); read by the popup (popup/popup-store.ts). */
export const DECK_KEY = 'deck';

// ---- session: what the options page shows ----

/** session. The last change that could not be saved, for the options page to say so. Written by
 *  whoever saves (platform/store.ts, in the background); read by the options page. */
export const SAVE_PROBLEM_KEY = 'storeProblem';
/** session. The undo of the last import (the list before and after). Written and read by the
 *  options page (options/import-undo.ts). */
export const IMPORT_UNDO_KEY = 'importUndo';
/** session, e2e build flavour only. Stands in for the enterprise policy (storage.managed) in the
 *  e2e tests: written by the e2e specs; read by platform/storage-areas.ts. scripts/build.mjs checks
 *  that what users install does not contain it. */
export const TEST_POLICY_KEY = 'e2eManagedPolicy';

// ---- local: the console badge (background/badge-data.ts, core/badge/page-key.ts) ----

/** local. A console page's badge kept ready: `${BADGE_VIEW_PREFIX}<hash of the page's early key>`.
 *  Written by the background (background/badge-data.ts); read by the console content script
 *  (content/console.ts). Bump the version when the shape changes. */
export const BADGE_VIEW_PREFIX = 'badgeView2:';
/** local. The badge's own UI state (collapsed or not), apart from the user's data. Written by the
 *  background (badge-data.ts); read by the background and the console content script. */
export const BADGE_UI_KEY = 'badgeUi';
/** local. The badge lookup's table of contents. Written and read by the background (badge-data.ts). */
export const BADGE_LOOKUP_KEY = 'badgeLookup1';
/** local. One bucket of the badge lookup. Written and read by the background (badge-data.ts). */
export const badgeLookupBucketKey = (bucket: number): string => `${BADGE_LOOKUP_KEY}:${bucket}`;
/** local. The kept badges' hashes, oldest first. Written and read by the background (badge-data.ts). */
export const BADGE_VIEWS_KEY = 'badgeViews2';
/** local. What version 1 kept (whole pages: address, session data, cookies). Written by nothing
 *  now; read and removed at start-up by the background (badge-data.ts). */
export const OLD_BADGE_VIEWS_KEY = 'badgeViews1';
/** local. Version 1's kept badges, `${OLD_BADGE_VIEW_PREFIX}<hash>`: removed with OLD_BADGE_VIEWS_KEY. */
export const OLD_BADGE_VIEW_PREFIX = 'badgeView1:';

// ---- switches under way (background/pending-switches.ts) ----

/** local. Until when a sign-in page should ask the background about itself (a switch was armed
 *  or posted lately); a time only. Written by the background (pending-switches.ts); read by the
 *  sign-in content script (content/signin.ts), which cannot read storage.session. */
export const SIGN_IN_WATCH_KEY = 'signInWatch1';
/** session. The one-time token for a switch page this extension opened in a tab. Written and
 *  read (consumed) by the background (pending-switches.ts). */
export const armedSwitchKey = (tabId: number): string => `armed:${tabId}`;
/** session. A switch posted from a tab, until its outcome is known. Written and read by the
 *  background (pending-switches.ts). */
export const switchAttemptKey = (tabId: number): string => `attempt:${tabId}`;
/** session. The refusal of the last switch from a tab. Written by the background
 *  (pending-switches.ts); read through it by the popup. */
export const switchRefusalKey = (tabId: number): string => `refusal:${tabId}`;

// ---- session: the console sessions signed in (issue #16, core/sessions) ----

/** session. The signed-in console sessions this browser's console pages showed (a SessionList):
 *  device-only, never synced, gone with the browser session. Written by the background
 *  (background/session-store.ts) from every console page it reads; read through it by the popup. */
export const SESSIONS_KEY = 'sessions1';

// ---- local: first run ----

/** local. The welcome page was opened once in this profile (a time), so that another install
 *  event does not open a second one. Written and read by the background (background/welcome-tab.ts). */
export const WELCOME_SHOWN_KEY = 'welcomeShown1';

// ---- local: the access portals read (issue #17, core/portal/portal-diff.ts) ----

/** local. The access portals imported from (a list of PortalMemory: start URL, when, the label
 *  rule, the accounts and permission sets last read, what has gone since): never a token or a
 *  cookie. Written by the options page when a portal import is applied (options/portal-memory.ts),
 *  and put back by its undo; read by the options page. */
export const PORTAL_MEMORY_KEY = 'portalMemory1';

/** session. The access-portal reads under way: per read id, the tab it opened and when (tab ids
 *  mean nothing after a restart, so they stay in session), to close if its options page closed
 *  mid-read. Written by the options page (platform/portal-leftovers.ts), removed when no read has a
 *  tab; read by the next options page. */
export const PORTAL_READS_KEY = 'portalReads1';
/** local. The access-portal reads under way: per read id, what it was given (scripting, the portal
 *  origin), kept on disk because optional permissions outlive a browser quit or an update that cuts
 *  a read short. Written by the options page (platform/portal-leftovers.ts), removed when no read
 *  runs; read by the next options page and by the background at start and install. */
export const PORTAL_GRANTS_KEY = 'portalGrants1';
