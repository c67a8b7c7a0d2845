/// <reference types="chrome" />
// Steps shared by the badge, command and omnibox specs: saving a whole store, running a keyboard
// command through the extension's real listeners, and reading the badge.
import type { Page, Worker } from '@playwright/test';
import type { Entry, StoreData } from '../src/core/store/schema';

/** Saves entries with favourites, usage, groups and settings, as the extension stores them. */
export async function seedStore(worker: Worker, data: Partial<Omit<StoreData, 'version'>>): Promise<void> {
  await worker.evaluate((store) => chrome.storage.local.set({ store: { version: 1, ...store } }), data);
}

export async function changeSettings(worker: Worker, settings: Partial<StoreData['settings']>): Promise<void> {
  await worker.evaluate(async (change) => {
    const { store } = (await chrome.storage.local.get('store')) as { store: { settings?: object } };
    await chrome.storage.local.set({ store: { ...store, settings: { ...store.settings, ...change } } });
  }, settings);
}

/** A keyboard shortcut cannot be pressed headless (the browser handles it outside the page): the
 *  test fires the command event itself, which runs the extension's own onCommand listeners on
 *  the tab in front, exactly as the shortcut would. */
export async function runCommand(worker: Worker, over: Page, name: string): Promise<void> {
  await over.bringToFront();
  await worker.evaluate((command) => {
    (chrome.commands.onCommand as unknown as { dispatch(name: string): void }).dispatch(command);
  }, name);
}

export const badge = (page: Page) => page.getByTestId('switchyard-badge');

/** The badge's fields as shown, once it shows a name. */
export async function badgeFields(page: Page): Promise<Record<'name' | 'account' | 'role' | 'region', string | null>> {
  await page.getByTestId('switchyard-badge-name').waitFor();
  const read = async (field: string) => {
    const locator = page.getByTestId(`switchyard-badge-${field}`);
    return (await locator.count()) > 0 ? locator.textContent() : null;
  };
  return { name: await read('name'), account: await read('account'), role: await read('role'), region: await read('region') };
}

export function entry(over: Partial<Entry> & Pick<Entry, 'label' | 'account' | 'roleName'>): Entry {
  return { id: `e-${over.label.replace(/\W+/g, '-').toLowerCase()}`, rolePath: '/', partition: 'aws', ...over };
}

/** The address of the tab in front, as the browser says. (Not `document.visibilityState`: headless
 *  Chromium reports every tab visible.) */
export async function frontTab(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
}
