import { test } from '@playwright/test';
import { launchWithExtension, seedStore } from '../e2e/fixtures';
import { generateEntries } from '../src/core/testing/generate-entries';

test('probe', async () => {
  test.setTimeout(0);
  const context = await launchWithExtension();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await seedStore(worker, { entries: generateEntries(5000, 42) });
  await new Promise((r) => setTimeout(r, 4000));
  const rows: string[] = [];
  for (let run = 0; run < 8; run++) {
    for (const url of [`chrome-extension://${id}/src/popup/index.html`, `chrome-extension://${id}/bench-floor.html`]) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url);
      const r = await page.evaluate(() => new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => (x as any).identifier === 'deck-rows') as any;
          if (!e) return;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const res = performance.getEntriesByType('resource').map((x) => `${x.name.split('/').pop()!.slice(0, 14)}:${Math.round(x.startTime)}-${Math.round((x as PerformanceResourceTiming).responseEnd)}`).join(' ');
          const marks = performance.getEntriesByType('mark').map((m) => `${m.name}:${Math.round(m.startTime)}`).join(' ');
          const paints = performance.getEntriesByType('paint').map((m) => `${m.name}:${Math.round(m.startTime)}`).join(' ');
          resolve(`rows:${Math.round(e.renderTime || e.startTime)} resp:${Math.round(nav.responseEnd)} domInt:${Math.round(nav.domInteractive)} dcl:${Math.round(nav.domContentLoadedEventStart)} ${marks} ${paints} | ${res}`);
        }).observe({ type: 'element', buffered: true });
      }));
      if (run > 0) rows.push(`${url.includes('floor') ? 'floor' : 'popup'} ${r}`);
      await page.close();
    }
  }
  console.log(rows.join('\n'));
  await context.close();
});
