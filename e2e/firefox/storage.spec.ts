// Firefox: the list moved to sync storage and back from the options page, as e2e/storage.spec.ts
// does in Chromium. What Firefox keeps in storage.sync is decoded here with the add-on's own reader
// (src/core/store/packing/sync-io.ts): the whole list must come back from it.
import type { Entry } from '../../src/core/store/schema';
import { readSync } from '../../src/core/store/packing/sync-io';
import { labelled, openOptions, popupRows, syncItems, waitForText } from './data-steps';
import { expect, openPopup, openTab, test } from './fixtures';
import { seedStore, storedData } from './pages';

const entry = (n: number, extra: Partial<Entry> = {}): Entry => ({
  id: `e${n}`, label: `Team ${n} admin`, account: String(100000000000 + n * 7919), roleName: n % 2 ? 'Admin' : 'ReadOnly',
  rolePath: n % 3 ? '/' : '/ops/', partition: 'aws', color: ['f2b0a9', '83d4e8', 'fbc8aa'][n % 3], ...extra,
});
const entries = [
  entry(1, { region: 'eu-west-1', group: 'Prod' }), entry(2, { group: 'Prod' }), entry(3, { region: 'ap-northeast-1' }),
  ...Array.from({ length: 37 }, (_, i) => entry(i + 4)),
];
const STATUS = '[data-testid="storage-status"]';
const strip = (list: Entry[]) => list.map(({ updatedAt: _t, ...e }) => e);

test('the list moves to sync storage, reads back whole from it, and stays whole when moved back', async ({ ff, extensionPage, sim }) => {
  await seedStore(extensionPage, { entries, favourites: ['e3', 'e1'], groups: { Prod: { collapsed: false } } });
  const options = await openOptions(ff, extensionPage);
  expect(await (await labelled(options, 'On this browser only')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
  expect(Object.keys(await syncItems(extensionPage))).toEqual([]);

  await (await labelled(options, 'Synced to your other browsers')).click();
  expect(await waitForText(options, STATUS, 'synced')).toBe('Your list is now synced.');
  const items = await syncItems(extensionPage);
  expect(Object.keys(items)).toContain('list');
  // What Firefox holds in sync is the whole list, as the add-on reads it.
  const view = await readSync(items, undefined);
  expect(view.kind).toBe('ok');
  if (view.kind !== 'ok') return;
  expect(strip(view.data.entries)).toEqual(entries);
  expect(view.data.favourites).toEqual(['e3', 'e1']);
  expect((await storedData(extensionPage)).settings).toMatchObject({ storageArea: 'sync' });

  // A change made in sync mode is saved to sync, and an open popup shows it.
  const consolePage = await openTab(ff, sim.consoleUrl());
  const popup = await openPopup(ff, extensionPage, consolePage);
  // The popup shows the first rows of the list (favourites first), and more as it scrolls.
  await popup.waitForFunction(() => [...document.querySelectorAll('[role="option"]')].some((el) => el.textContent?.includes('Team 1 admin')));
  expect((await popupRows(popup)).find((text) => text.includes('Team 1 admin'))).toContain(entries[0]!.account);
  await (await labelled(options, /Hide account IDs/)).click();
  await popup.waitForFunction((account) => {
    const row = [...document.querySelectorAll('[role="option"]')].find((el) => el.textContent?.includes('Team 1 admin'));
    return row !== undefined && !row.textContent!.includes(account) && row.textContent!.includes(account.slice(-4));
  }, { timeout: 10_000 }, entries[0]!.account);
  await expect.poll(async () => {
    const again = await readSync(await syncItems(extensionPage), undefined);
    return again.kind === 'ok' ? again.data.settings.hideAccountIds : undefined;
  }).toBe(true);

  // Options reopened reads the list from sync: the sync choice and the whole list are there.
  await options.close();
  const reopened = await openOptions(ff, extensionPage);
  expect(await (await labelled(reopened, 'Synced to your other browsers')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);

  // Back to this browser only: the list stays whole.
  await (await labelled(reopened, 'On this browser only')).click();
  await waitForText(reopened, STATUS, 'kept on this browser only');
  const local = await storedData(extensionPage);
  expect(local.settings).toMatchObject({ storageArea: 'local', hideAccountIds: true });
  expect(strip(local.entries)).toEqual(entries);
  expect(local.favourites).toEqual(['e3', 'e1']);
  expect((await popupRows(popup)).slice(0, 3)).toEqual([
    `★ Team 3 admin••••••••${entries[2]!.account.slice(-4)} · ops/Admin · ap-northeast-1`,
    `★ Team 1 admin••••••••${entries[0]!.account.slice(-4)} · Admin · eu-west-1`,
    `Team 2 admin••••••••${entries[1]!.account.slice(-4)} · ReadOnly`,
  ]);
});
