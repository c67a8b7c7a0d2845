// The `aws` keyword in the address bar: suggestions ranked exactly as the popup ranks them;
// Enter switches in the current tab when it is a console (else the switch page opens in a new one).
import { deckOf } from '../core/deck/deck-snapshot';
import { entryForInput, escapeXml, omniboxContents, omniboxSuggestions } from '../core/commands/omnibox-rank';
import { rankEntries } from '../core/search/rank';
import { messagesReady, t } from '../platform/i18n';
import { omniboxTakesMarkup, setDefaultSuggestion, type OmniboxDisposition, type Suggestion } from '../platform/omnibox-api';
import { loadStore } from '../platform/store';
import { activeTab } from '../platform/tabs';
import { switchProfile } from './switch-profile';

const SUGGESTIONS = 6;
const text = (value: string) => (omniboxTakesMarkup ? escapeXml(value) : value);

async function ranking(input: string) {
  // The list as saved now (the popup's kept copy can be a moment behind a change), in the popup's
  // order, so that both rank alike.
  const { entries, data } = deckOf(await loadStore());
  const { favourites, usage, settings } = data;
  return {
    entries,
    ranked: rankEntries(input, entries, { favourites, usage }),
    contents: omniboxContents(entries, settings.hideAccountIds),
    hideAccountIds: settings.hideAccountIds,
  };
}

// Both wait for the UI texts: a worker woken with Chromium's message table empty reads them first.
export async function omniboxStarted(): Promise<void> {
  await messagesReady();
  setDefaultSuggestion(text(t('omniboxDefault')));
}

export async function omniboxChanged(input: string, suggest: (suggestions: Suggestion[]) => void): Promise<void> {
  const [{ ranked, contents, hideAccountIds }] = await Promise.all([ranking(input), messagesReady()]);
  // The first row (what Enter does with the text as typed) says which entry that is.
  const top = input.trim() === '' ? undefined : ranked[0]?.entry;
  setDefaultSuggestion(text(top ? t('omniboxEnter', top.label) : input.trim() === '' ? t('omniboxDefault') : t('omniboxNoMatch', input.trim())));
  suggest(omniboxSuggestions(ranked, contents, { markup: omniboxTakesMarkup, hideAccountIds, limit: SUGGESTIONS }));
}

export async function omniboxEntered(input: string, disposition: OmniboxDisposition): Promise<void> {
  const { entries, ranked, contents } = await ranking(input);
  const entry = entryForInput(input, entries, contents, ranked);
  if (!entry) return;
  await switchProfile(entry.id, await activeTab(), disposition !== 'currentTab');
}
