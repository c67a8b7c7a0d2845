import { create } from 'zustand';
import type { CoreIssue } from '../core/issue';
import type { Profile } from '../core/profile';
import { sendToBackground } from '../platform/messaging';
import { loadStore, onStoreChanged, updateStore } from '../platform/store';
import type { SwitchOutcome, TabState } from '../platform/protocol';

/** The popup works on the tab under it. Opened as a page with `?tab=<id>` (a detached window,
 *  or the e2e tests, where a real popup cannot be driven), it works on that tab instead. */
function targetTabId(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export type View = { kind: 'list' } | { kind: 'form'; editing?: Profile };

interface PopupState {
  profiles: Profile[];
  loaded: boolean;
  storageIssues: CoreIssue[];
  tab?: TabState;
  view: View;
  switching?: string;
  problem?: CoreIssue;
  /** The entry just deleted, until the user undoes it or moves on. */
  deleted?: { profile: Profile; index: number };
}

export const usePopup = create<PopupState>(() => ({ profiles: [], loaded: false, storageIssues: [], view: { kind: 'list' } }));

/** Loads the list first (what the user came for), then asks about the active tab. */
export async function startPopupStore(): Promise<void> {
  const { data, issues } = await loadStore();
  usePopup.setState({ profiles: data.entries, storageIssues: issues, loaded: true });
  onStoreChanged((next) => usePopup.setState({ profiles: next.data.entries }));
  try {
    usePopup.setState({ tab: await sendToBackground('getTabState', { tabId: targetTabId() }) });
  } catch {
    usePopup.setState({ tab: { kind: 'not-console' } });
  }
}

export function showView(view: View): void {
  usePopup.setState({ view, problem: undefined, deleted: undefined });
}

export async function switchTo(profile: Profile, newTab = false): Promise<void> {
  usePopup.setState({ switching: profile.id, problem: undefined });
  let outcome: SwitchOutcome;
  try {
    outcome = await sendToBackground('switchProfile', { profileId: profile.id, tabId: targetTabId(), newTab });
  } catch {
    outcome = { kind: 'failed', issue: { code: 'errBackgroundUnavailable', message: 'Switchyard could not reach its background page. Try again.' } };
  }
  if (outcome.kind === 'refused' || outcome.kind === 'failed') {
    usePopup.setState({ switching: undefined, problem: outcome.issue });
    return;
  }
  // The switch is under way in a tab: the popup has done its job.
  window.close();
}

export async function deleteWithUndo(profile: Profile): Promise<void> {
  let index = -1;
  await updateStore((data) => {
    index = data.entries.findIndex((entry) => entry.id === profile.id);
    if (index !== -1) data.entries.splice(index, 1);
  });
  usePopup.setState({ view: { kind: 'list' }, deleted: { profile, index } });
}

/** Puts the deleted entry back where it was. */
export async function undoDelete(): Promise<void> {
  const { deleted } = usePopup.getState();
  if (!deleted) return;
  await updateStore((data) => {
    const at = deleted.index < 0 ? data.entries.length : Math.min(deleted.index, data.entries.length);
    data.entries.splice(at, 0, deleted.profile);
  });
  usePopup.setState({ deleted: undefined });
}
