// Keyboard commands (manifest `commands`; the user assigns keys in the browser's shortcut
// settings). `_execute_action` opens the popup and never reaches this listener.
import { favouriteEntry, isCommandName, previousEntry } from '../core/commands/pick-entry';
import { consoleHostOfUrl } from '../core/console/partition';
import { allEntries, loadStore } from '../platform/store';
import { activeTab, type Tab } from '../platform/tabs';
import { readConsoleTab, type ConsoleTabRead } from './console-page';
import { returnToUser } from './return-to-user';
import { switchProfile } from './switch-profile';

/** A console tab as its content script reads it, when it can: who is signed in there. */
async function readTab(tab: Tab | undefined): Promise<ConsoleTabRead | undefined> {
  if (tab?.id === undefined || !consoleHostOfUrl(tab.url)) return undefined;
  try {
    return await readConsoleTab(tab.id);
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
  // "Previous" asks the tab who is signed in; the switch then goes from that same read.
  const read = name === 'switch-previous' ? await readTab(tab) : undefined;
  const entry = name === 'switch-previous'
    ? previousEntry(entries, snapshot.data.usage, read?.state.reading.identity)
    : favouriteEntry(entries, snapshot.data.favourites, Number(name.slice(-1)));
  if (entry) await switchProfile(entry.id, tab, false, read);
}
