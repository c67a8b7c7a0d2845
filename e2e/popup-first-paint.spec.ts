import type { Page } from '@playwright/test';
import { generateEntries } from '../src/core/testing/generate-entries';
import { expect, openPopup, seedStore, test } from './fixtures';

// Issue 18: the popup's first screen is drawn without the framework, from the copy of the first
// screen kept at the last opening (src/popup/first-paint.ts), then the app takes its place. A person
// must not see anything move, change or lose its selection when it does.

interface Shown {
  /** The drawn first screen was on the page, and the app not yet. */
  drawnAlone: boolean;
  rows: Array<{ text: string; selected: string | null; box: [number, number, number, number] }>;
  search: { placeholder: string | null; box: [number, number, number, number]; focused: boolean };
  scrollTop: number;
  bodyHeight: number;
}

/** In the page: what the drawn first screen showed the first time it had rows, and what the app
 *  showed right after it took over (in the same task: before any frame). */
function watchHandOver(typeEarly = ''): void {
  const w = window as unknown as { __shown: { before?: Shown; after?: Shown } };
  w.__shown = {};
  const box = (element: Element): [number, number, number, number] => {
    const r = element.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  };
  const read = (root: Element): Shown => ({
    drawnAlone: document.getElementById('app')?.childElementCount === 0,
    rows: [...root.querySelectorAll('[role="option"], .section')].map((row) => ({ text: row.textContent ?? '', selected: row.getAttribute('aria-selected'), box: box(row) })),
    search: { placeholder: root.querySelector('input')?.getAttribute('placeholder') ?? null, box: box(root.querySelector('input')!), focused: document.activeElement === root.querySelector('input') },
    scrollTop: root.querySelector('.scroller')?.scrollTop ?? -1,
    bodyHeight: document.body.getBoundingClientRect().height,
  });
  new MutationObserver(() => {
    const screen = document.getElementById('first-screen');
    if (screen && !w.__shown.before && screen.querySelector('[role="option"]')) {
      w.__shown.before = read(screen);
      // Typed into the drawn search box before the app is there (as a quick user may).
      const input = screen.querySelector('input')!;
      if (typeEarly) {
        input.value = typeEarly;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    const app = document.getElementById('app');
    if (w.__shown.before && !w.__shown.after && !screen && app?.querySelector('[role="option"]')) w.__shown.after = read(app);
  }).observe(document, { childList: true, subtree: true });
}

async function shownAround(popup: Page): Promise<{ before?: Shown; after?: Shown }> {
  await expect.poll(() => popup.evaluate(() => Boolean((window as unknown as { __shown: { after?: Shown } }).__shown.after))).toBe(true);
  return popup.evaluate(() => (window as unknown as { __shown: { before?: Shown; after?: Shown } }).__shown);
}

test('the first screen is drawn before the app loads, and nothing moves when the app takes over', async ({ context, worker, sim }) => {
  const entries = generateEntries(400, 7);
  await seedStore(worker, { entries, favourites: [entries[10]!.id, entries[3]!.id], usage: { [entries[20]!.id]: { count: 2, lastUsed: Date.now() } } });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  // The first opening keeps what it drew.
  await (await openPopup(context, worker, consolePage)).close();

  await context.addInitScript(watchHandOver);
  const popup = await openPopup(context, worker, consolePage);
  const { before, after } = await shownAround(popup);
  expect(before?.drawnAlone).toBe(true);
  expect(before!.rows.length).toBeGreaterThan(5);
  // Same rows, same text, same places, same selection, same scroll, same search box.
  expect(after).toEqual({ ...before, drawnAlone: false });
  expect(before!.rows.find((row) => row.selected === 'true')?.text).toContain(entries[10]!.label);

  expect(before!.search.focused).toBe(true);
  // The app works from there: the search box has the focus, and typing finds.
  await expect(popup.getByRole('combobox')).toBeFocused();
  await popup.keyboard.type(entries[3]!.label);
  await expect(popup.locator('[role=option][aria-selected=true] .entry-label .name')).toHaveText(entries[3]!.label);
});

test('a kept first screen that is not usable is not drawn: the app draws as before', async ({ context, worker, sim }) => {
  await seedStore(worker, { entries: generateEntries(50, 3) });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const first = await openPopup(context, worker, consolePage);
  // Another language's copy (and a damaged one) are passed over.
  await first.evaluate(() => localStorage.setItem('paintedFirstScreen', JSON.stringify({ version: 1, language: 'xx', nodes: [['main', {}, 'stale']] })));
  await first.close();
  await context.addInitScript(watchHandOver);
  const popup = await openPopup(context, worker, consolePage);
  await expect(popup.locator('#first-screen')).toHaveCount(0);
  await expect(popup.getByText('stale')).toHaveCount(0);
  await expect(popup.getByRole('option').first()).toBeVisible();
  // …and the app keeps a fresh copy for the next opening.
  await expect.poll(() => popup.evaluate(() => JSON.parse(localStorage.getItem('paintedFirstScreen') ?? '{}').language)).toBe(await popup.evaluate(() => navigator.language));
});

test('what is typed before the app takes over is carried over to it, with the focus', async ({ context, worker, sim }) => {
  const entries = generateEntries(200, 5);
  await seedStore(worker, { entries });
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  await (await openPopup(context, worker, consolePage)).close();
  const target = entries[150]!;
  await context.addInitScript(watchHandOver, target.label);
  const popup = await openPopup(context, worker, consolePage);
  const search = popup.getByRole('combobox');
  await expect(search).toHaveValue(target.label);
  await expect(search).toBeFocused();
  await expect(popup.locator('[role=option][aria-selected=true] .entry-label .name')).toHaveText(target.label);
});
