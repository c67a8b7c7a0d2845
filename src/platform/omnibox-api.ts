import { browser } from './browser';

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';
export interface Suggestion { content: string; description: string }

/** Chrome reads suggestion descriptions as XML (<match>, <dim>, <url>); Firefox shows them as
 *  plain text, tags and entities included. getBrowserInfo exists in Firefox only. */
export const omniboxTakesMarkup = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';

/** The address-bar keyword's API; undefined in Firefox for Android, which has no keyword: there
 *  every function here does nothing, and the background's start-up goes on. */
const omnibox = () => (browser as Partial<typeof browser>).omnibox;

export function setDefaultSuggestion(description: string): void {
  omnibox()?.setDefaultSuggestion({ description });
}

export function onOmniboxStarted(listener: () => void): void {
  omnibox()?.onInputStarted.addListener(listener);
}

export function onOmniboxChanged(listener: (text: string, suggest: (suggestions: Suggestion[]) => void) => void): void {
  omnibox()?.onInputChanged.addListener(listener);
}

export function onOmniboxEntered(listener: (text: string, disposition: OmniboxDisposition) => void): void {
  omnibox()?.onInputEntered.addListener(listener);
}
