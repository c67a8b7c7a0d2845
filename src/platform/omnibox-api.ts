import { browser } from './browser';

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';
export interface Suggestion { content: string; description: string }

/** Chrome reads suggestion descriptions as XML (<match>, <dim>, <url>); Firefox shows them as
 *  plain text, tags and entities included. getBrowserInfo exists in Firefox only. */
export const omniboxTakesMarkup = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';

export function setDefaultSuggestion(description: string): void {
  browser.omnibox.setDefaultSuggestion({ description });
}

export function onOmniboxStarted(listener: () => void): void {
  browser.omnibox.onInputStarted.addListener(listener);
}

export function onOmniboxChanged(listener: (text: string, suggest: (suggestions: Suggestion[]) => void) => void): void {
  browser.omnibox.onInputChanged.addListener(listener);
}

export function onOmniboxEntered(listener: (text: string, disposition: OmniboxDisposition) => void): void {
  browser.omnibox.onInputEntered.addListener(listener);
}
