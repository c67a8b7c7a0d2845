/// <reference types="chrome" />
// The Playwright fixture: Chromium with the built extension (dist/chrome) and the simulated AWS
// console installed on the same context, so the extension only ever talks to the simulator.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import path from 'node:path';
import { installSimulator } from './simulator';
import type { Simulator, SimulatorOptions } from './simulator/types';
import type { Profile } from '../src/core/profile';

export const EXTENSION_DIR = path.resolve('dist/chrome');

export async function launchWithExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

interface Fixtures {
  simOptions: SimulatorOptions;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  sim: Simulator;
}

export const test = base.extend<Fixtures>({
  simOptions: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  sim: async ({ context, simOptions }, use) => use(await installSimulator(context, simOptions)),
});

export { expect };

/** Saves entries as the popup's form would (storage.local), from the service worker. */
export async function seedProfiles(worker: Worker, profiles: Profile[]): Promise<void> {
  await worker.evaluate((list) => chrome.storage.local.set({ profiles: list }), profiles);
}

export async function storedProfiles(worker: Worker): Promise<Profile[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('profiles')).profiles ?? []) as Profile[]);
}

/** Opens the real toolbar popup over the active tab, as a click on the toolbar button would. */
export async function openPopup(context: BrowserContext, worker: Worker, over: Page): Promise<Page> {
  await over.bringToFront();
  const opened = context.waitForEvent('page', (page) => page.url().includes('/src/popup/index.html'));
  await worker.evaluate(() => chrome.action.openPopup());
  const popup = await opened;
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

export function profile(overrides: Partial<Profile> & Pick<Profile, 'label' | 'account' | 'roleName'>): Profile {
  return { id: `p-${overrides.label.replace(/\W+/g, '-').toLowerCase()}`, rolePath: '/', partition: 'aws', ...overrides };
}
