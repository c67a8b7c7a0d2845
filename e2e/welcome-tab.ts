// Every test's browser profile is a fresh install, so Switchyard opens its welcome page in a new,
// active tab (background/welcome-tab.ts) — a second or two after the worker starts, once Chromium
// has answered for the organisation's policy. A spec that works on "the tab in front" (commands,
// the popup over a tab, the address bar) waits for it first, so that it cannot come to the front
// mid-test; the tabs the test opens then come in front of it. The fixture waits for it
// (e2e/fixtures.ts); a spec that launches a browser of its own calls this itself.
//
// The tab is left open, as a user would leave it. (Closing it within ~150 ms of its opening once
// left Chromium's message table empty for the whole extension process; src/platform/i18n.ts now
// guards against that, and e2e/messages-fallback.spec.ts proves the guard.)
import type { BrowserContext, Page } from '@playwright/test';

const isWelcome = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/src\/welcome\/index\.html$/.test(url);

/** The tabs showing the welcome page now. */
export const welcomeTabs = (context: BrowserContext): Page[] => context.pages().filter((page) => isWelcome(page.url()));

/** Waits for the welcome tab the install opens, and its page to load. */
export async function awaitWelcomeTab(context: BrowserContext, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [welcome] = welcomeTabs(context);
    if (welcome) {
      await welcome.waitForLoadState();
      return welcome;
    }
    if (Date.now() > deadline) throw new Error(`the welcome tab did not open within ${timeoutMs} ms; open: ${context.pages().map((p) => p.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
