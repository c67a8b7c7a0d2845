// Keyboard commands (manifest `commands`; the user assigns keys in the browser's shortcut
// settings). `_execute_action` opens the popup and never reaches this listener.
import { favouriteEntry, isCommandName, previousEntry } from '../core/commands/pick-entry';
import type { Identity } from '../core/console/identity';
import { parseConsoleHost } from '../core/console/partition';
import { allEntries, loadStore } from '../platform/store';
import { activeTab, type Tab } from '../platform/tabs';
import { readConsoleTab } from './console-page';
import { returnToUser } from './return-to-user';
import { switchProfile } from './switch-profile';

/** Who is signed in on a console tab, when its content script can say. */
async function identityOf(tab: Tab | undefined): Promise<Identity | undefined> {
  if (tab?.id === undefined || !tab.url || !parseConsoleHost(new URL(tab.url).hostname)) return undefined;
  try {
    return (await readConsoleTab(tab.id)).state.reading.identity;
  } catch {
    return undefined;
  }
}

export async function runCommand(name: string): Promise<void> {
  if (!isCommandName(name)) return;
  const tab = await activeTab();
  if (name === 'return-to-user') {
    await returnToUser(tab);
    return;
  }
  const snapshot = await loadStore();
  const entries = allEntries(snapshot);
  const entry = name === 'switch-previous'
    ? previousEntry(entries, snapshot.data.usage, await identityOf(tab))
    : favouriteEntry(entries, snapshot.data.favourites, Number(name.slice(-1)));
  if (entry) await switchProfile(entry.id, tab);
}
