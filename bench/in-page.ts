// Measurements that run inside a page: the console page's cost with and without the extension.
import { chromium, type BrowserContext } from '@playwright/test';
import { installSimulator, type Simulator } from '../e2e/simulator';
import { summarise, type Figure } from './stats';

/** Main-thread time (ms) the console page took to load and settle, from Chromium's own counters. */
async function consoleTaskTime(context: BrowserContext, url: string, waitForBadge: boolean): Promise<{ taskMs: number; badgeMs?: number }> {
  const page = await context.newPage();
  // Record when the badge appears, relative to DOMContentLoaded, from the page itself.
  await page.addInitScript(() => {
    const w = window as unknown as { __badgeAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('switchyard-badge')) {
        w.__badgeAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // Poll the init script's flag rather than use a locator: a locator loads Playwright's own helper
  // script into the page, which would be counted as the extension's cost.
  for (let tries = 0; waitForBadge && tries < 200; tries++) {
    if (await page.evaluate(() => (window as unknown as { __badgeAt?: number }).__badgeAt !== undefined)) break;
    await page.waitForTimeout(25);
  }
  // Let idle-time work (the content script waits for idle) finish.
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const badgeMs = waitForBadge
    ? await page.evaluate(() => (window as unknown as { __badgeAt: number }).__badgeAt - performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart)
    : undefined;
  await page.close();
  return { taskMs, badgeMs };
}

export async function measureConsoleCost(context: BrowserContext, sim: Simulator, runs: number): Promise<Record<string, Figure>> {
  const bare = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const bareSim = await installSimulator(bare);
  const withExtension: number[] = [];
  const without: number[] = [];
  const badge: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const a = await consoleTaskTime(context, sim.consoleUrl({ path: '/ec2/home' }), true);
    const b = await consoleTaskTime(bare, bareSim.consoleUrl({ path: '/ec2/home' }), false);
    if (run === 0) continue; // the first load warms caches in both browsers
    withExtension.push(a.taskMs);
    without.push(b.taskMs);
    badge.push(a.badgeMs!);
  }
  await bare.close();
  const extra = withExtension.map((t, i) => Math.max(0, t - without[i]!));
  return {
    consolePageTaskMs: summarise(withExtension, 'ms'),
    consolePageTaskWithoutExtensionMs: summarise(without, 'ms'),
    contentMainThreadMs: summarise(extra, 'ms', 5),
    badgeVisibleAfterDomContentLoadedMs: summarise(badge, 'ms', 100),
  };
}

interface Lab {
  importMs(count: number, seed: number): { ms: number; rows: number; bytes: number };
  syncCapacity(seed: number): Promise<number>;
  syncRoundTrip(count: number, seed: number): Promise<{ encodeWriteMs: number; readDecodeMs: number; entries: number }>;
}

/** Import and sync figures, measured in an extension page (bench-lab.html). */
export async function measureLab(context: BrowserContext, extensionId: string, runs: number, seed: number): Promise<Record<string, Figure>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-lab.html`);
  await page.waitForFunction(() => 'switchyardLab' in globalThis);
  type Global = { switchyardLab: Lab };
  const imports: number[] = [];
  const writes: number[] = [];
  const reads: number[] = [];
  for (let run = 0; run < runs; run++) {
    imports.push((await page.evaluate((s) => (globalThis as unknown as Global).switchyardLab.importMs(10_000, s), seed)).ms);
    const trip = await page.evaluate((s) => (globalThis as unknown as Global).switchyardLab.syncRoundTrip(5_000, s), seed);
    writes.push(trip.encodeWriteMs);
    reads.push(trip.readDecodeMs);
  }
  const capacity = await page.evaluate((s) => (globalThis as unknown as Global).switchyardLab.syncCapacity(s), seed);
  await page.close();
  return {
    import10kMs: summarise(imports, 'ms', 250),
    syncCapacityEntries: summarise([capacity], 'entries', 5000, 'higher'),
    syncEncode5000Ms: summarise(writes, 'ms', 300),
    syncDecode5000Ms: summarise(reads, 'ms', 50),
  };
}
