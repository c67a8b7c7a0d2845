// `npm run bench`: measures Switchyard the same way every time in headless Chromium with the built
// extension (see scripts/bench.mjs, which builds it into .bench-dist first). Writes
// bench/results.json and prints the table; each figure is the median of RUNS runs.
import { writeFileSync } from 'node:fs';
import { test, type BrowserContext, type Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, seedStore } from '../e2e/fixtures';
import { startSimulator } from '../e2e/simulator';
import { generateEntries } from '../src/core/testing/generate-entries';
import { measureBundles } from './bundles';
import { measureConsoleCost, measureLab } from './in-page';
import { measurePortalRead } from './portal-read';
import { summarise, table, type Figure } from './stats';
import { measureTimeToFind } from './time-to-find';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEED = 42;
const KB = 1024;
// BENCH_ONLY=popup,keys,find,console,lab,portal,bundles measures just those parts (while working on one figure).
const ONLY = new Set((process.env.BENCH_ONLY ?? 'popup,keys,find,console,lab,portal,bundles').split(','));

/** Milliseconds from navigation start until the first element marked `deck-rows` was painted. */
async function firstRowsPainted(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    setTimeout(() => reject(new Error(`no element painted with elementtiming="deck-rows" on ${location.href}`)), 10_000);
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'deck-rows');
      if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime);
    }).observe({ type: 'element', buffered: true });
  }));
}

const say = (text: string) => console.log(`[bench] ${text}`);

/** Time from a key press to the next frame after the list changed. Pressed once the app has
 *  taken over from the first screen drawn without it (src/popup/first-paint.ts). */
async function keystroke(page: Page, key: string): Promise<number> {
  await page.waitForFunction(() => document.activeElement?.closest('#app main') && document.activeElement.getAttribute('role') === 'combobox');
  await page.evaluate(() => {
    const w = window as unknown as { __keystroke?: Promise<number> };
    w.__keystroke = new Promise<number>((resolve) => {
      document.addEventListener('keydown', () => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true, attributes: true });
      }, { once: true, capture: true });
    });
  });
  await page.keyboard.type(key);
  return page.evaluate(() => (window as unknown as { __keystroke: Promise<number> }).__keystroke);
}

async function seedCount(context: BrowserContext, count: number): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  await seedStore(worker, { entries: count === 0 ? [] : generateEntries(count, SEED) });
}

test('benchmark', async () => {
  test.setTimeout(0);
  const figures: Record<string, Figure> = {};
  const server = await startSimulator();
  const { sim } = server;
  const context = await launchWithExtension(server);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl());
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`;

  const marks: Record<string, number[]> = {};
  const openAndPaint = async (url: string) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(url);
    const painted = await firstRowsPainted(page);
    // Where start-up time goes: the popup's own marks (its first script, the app's, the whole list
    // shown). The app comes after the first rows: its marks are waited for (the floor page has none).
    if (url.includes('/src/popup/')) {
      await page.waitForFunction(() => performance.getEntriesByName('popup:store-loaded').length > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
    }
    for (const mark of await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const))) {
      (marks[mark[0]] ??= []).push(mark[1]);
    }
    return { page, painted };
  };

  // 1. Popup: navigation start → first rows painted, against an empty extension page (the floor).
  const floor: number[] = [];
  const popup: Record<number, number[]> = { 0: [], 1000: [], 5000: [] };
  for (const count of ONLY.has('popup') ? [0, 1000, 5000] : []) {
    say(`popup with ${count} entries`);
    for (const name of Object.keys(marks)) delete marks[name];
    await seedCount(context, count);
    await (await openAndPaint(popupUrl)).page.close(); // warm the browser's caches once
    for (let run = 0; run < RUNS; run++) {
      const { page, painted } = await openAndPaint(popupUrl);
      popup[count]!.push(painted);
      await page.close();
      const empty = await openAndPaint(`chrome-extension://${extensionId}/bench-floor.html`);
      floor.push(empty.painted);
      await empty.page.close();
    }
  }
  if (ONLY.has('popup')) {
    // The last count's marks (5,000 entries), for the breakdown: the page's first script starts (it
    // draws the kept first screen), the app's script starts, the whole list is shown.
    figures.popup5000ScriptStartMs = summarise(marks['popup:first-paint-script'] ?? [0], 'ms');
    figures.popup5000AppScriptMs = summarise(marks['popup:script'] ?? [0], 'ms');
    figures.popup5000StoreLoadedMs = summarise(marks['popup:store-loaded'] ?? [0], 'ms');
    figures.popupFloorMs = summarise(floor, 'ms');
    figures.popupFirstRows0Ms = summarise(popup[0]!, 'ms', 100);
    figures.popupFirstRows1000Ms = summarise(popup[1000]!, 'ms', 100);
    figures.popupFirstRows5000Ms = summarise(popup[5000]!, 'ms', 100);
    figures.popupFirstRows5000VsFloor = summarise(popup[5000]!.map((t, i) => t / floor[i + 2 * RUNS]!), 'ratio', 1.3);
  }

  // 2. Search with 5,000 entries: the first keystroke after opening, then later ones of several shapes.
  if (ONLY.has('keys')) {
    say('keystrokes with 5000 entries');
    await seedCount(context, 5000);
    const first: number[] = [];
    const later: number[] = [];
    const shapes: Array<[name: string, typed: string, key: string]> = [
      ['narrowing a word', 'pay', 'm'], ['second term', 'payments ', 'a'], ['account digits', '1', '2'], ['role name', 'adm', 'i'],
    ];
    for (let run = 0; run < RUNS; run++) {
      const { page } = await openAndPaint(popupUrl);
      first.push(await keystroke(page, 'p'));
      await page.close();
      const { page: again } = await openAndPaint(popupUrl);
      for (const [, typed, key] of shapes) {
        await again.getByRole('combobox').fill(typed);
        await again.waitForTimeout(50);
        later.push(await keystroke(again, key));
      }
      await again.close();
    }
    figures.keystrokeFirst5000Ms = summarise(first, 'ms', 16);
    figures.keystroke5000Ms = summarise(later, 'ms', 16);
  }

  // 2b. Time to find: the last role's name typed into a fresh popup, key by key (time-to-find.ts).
  // At least 30 runs: its budget is on the p95.
  if (ONLY.has('find')) {
    say('time to find with 5000 entries');
    const entries = generateEntries(5000, SEED);
    await seedStore(worker, { entries });
    Object.assign(figures, await measureTimeToFind(context, popupUrl, entries, Math.max(30, 6 * RUNS)));
  }

  // 3. Console cost, 4. import and 5. sync storage (in-page.ts); 6. bundle sizes (bundles.ts).
  if (ONLY.has('console')) {
    say('console page cost');
    Object.assign(figures, await measureConsoleCost(context, sim, RUNS));
  }
  if (ONLY.has('lab')) {
    say('import and sync storage');
    Object.assign(figures, await measureLab(context, extensionId, RUNS, SEED));
  }
  if (ONLY.has('portal')) {
    say('portal read + preview, 1000 accounts × 4 permission sets');
    Object.assign(figures, await measurePortalRead(server, EXTENSION_DIR, RUNS));
  }
  if (ONLY.has('bundles')) Object.assign(figures, measureBundles(process.env.SWITCHYARD_DIST ?? '.bench-dist', { popup: 35 * KB, content: 4 * KB }));

  await context.close();
  await server.close();
  // A partial run prints its figures but keeps the full results file as it was.
  if (process.env.BENCH_ONLY) return void console.log(`\n${table(figures)}\n`);
  const results = { date: new Date().toISOString(), runs: RUNS, browser: process.env.CHROMIUM_PATH, figures };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${table(figures)}\n`);
});
