/// <reference types="chrome" />
// Steps shared by the portal import spec and the benchmark.
import type { BrowserContext } from '@playwright/test';

/**
 * What a user does in chrome://extensions → Details → Site access → "On specific sites": gives the
 * extension one site, through that page's own API. Headless Chromium shows the host-permission
 * prompt of permissions.request and nothing can answer it (checked: it waits for ever, and
 * `--apps-gallery-install-auto-confirm-for-tests=accept` does not answer it); with the site already
 * granted, the extension's real request resolves true without a prompt.
 */
export async function grantSiteAccess(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ({ id, pattern }) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id, pattern),
    { id: extensionId, pattern: `${origin}/*` },
  );
  await page.close();
}
