// Every test's browser profile is a fresh install, so Switchyard opens its welcome page in a new,
// active tab (background/welcome-tab.ts) — a second or two after the worker starts, once Chromium
// has answered for the organisation's policy. A spec that works on "the tab in front" (commands,
// the popup over a tab, the address bar) closes it first, so that it cannot come to the front
// mid-test. The fixture is the natural home for this (e2e/fixtures.ts); until it has it, specs call
// this from a beforeEach.
import type { BrowserContext } from '@playwright/test';

const isWelcome = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/src\/welcome\/index\.html$/.test(url);

/** Waits for the welcome tab the install opens, and closes it. */
export async function closeWelcomeTab(context: BrowserContext, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const welcome = context.pages().find((page) => isWelcome(page.url()));
    if (welcome) return welcome.close();
    if (Date.now() > deadline) throw new Error(`the welcome tab did not open within ${timeoutMs} ms; open: ${context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
