// Steps the Firefox data and UI specs share (import, storage, catalog, languages, welcome): what a
// person does on the options page and in the popup, with puppeteer's pages (WebDriver BiDi). BiDi
// in Firefox has no accessibility tree for puppeteer's `::-p-aria`, so controls are found by their
// visible text or label, which is what a person reads too.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { LaunchedFirefox } from './launch';
import { openExtensionTab } from './fixtures';

type WithBrowser = typeof globalThis & { browser: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } } };

export const OPTIONS_PATH = '/src/options/index.html';

/** The options page in a tab of its own, once it shows its storage section (it has loaded the list). */
export async function openOptions(ff: LaunchedFirefox, extensionPage: Page): Promise<Page> {
  const options = await openExtensionTab(ff, extensionPage, OPTIONS_PATH);
  await options.waitForSelector('[data-testid="storage"]');
  return options;
}

/** The text of the first element matching `selector` (within open shadow roots too), or '' if none. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.$(selector);
  return element ? ((await element.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim()) : '';
}

/** The visible button whose text is `name` (trimmed, exact), within `scope` (a selector) if given. */
export async function button(page: Page, name: string, scope = 'body'): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction((within, text) => {
    const root = document.querySelector(within);
    return [...(root?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').trim() === text && b.getClientRects().length > 0) ?? false;
  }, { timeout: 10_000 }, scope, name);
  return handle as unknown as ElementHandle<HTMLButtonElement>;
}

/** The control labelled `label` (a <label for> or a wrapping <label>), as a person finds it. */
export async function labelled(page: Page, label: string | RegExp): Promise<ElementHandle<HTMLElement>> {
  const pattern = typeof label === 'string' ? { source: `^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: label.source, flags: label.flags };
  const handle = await page.waitForFunction(({ source, flags }) => {
    const wanted = new RegExp(source, flags);
    for (const element of document.querySelectorAll('label')) {
      if (!wanted.test((element.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
      const control = element.htmlFor ? document.getElementById(element.htmlFor) : element.querySelector('input, select, textarea');
      if (control) return control;
    }
    return false;
  }, { timeout: 10_000 }, pattern);
  return handle as unknown as ElementHandle<HTMLElement>;
}

/** Waits until the text of `selector` satisfies `wanted` (a substring, or a pattern), and returns it. */
export async function waitForText(page: Page, selector: string, wanted: string | RegExp, timeout = 10_000): Promise<string> {
  const pattern = typeof wanted === 'string' ? null : { source: wanted.source, flags: wanted.flags };
  try {
    await page.waitForFunction((sel, sub, pat) => {
      const text = (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return pat ? new RegExp(pat.source, pat.flags).test(text) : text.includes(sub as string);
    }, { timeout }, selector, typeof wanted === 'string' ? wanted : null, pattern);
  } catch (error) {
    throw new Error(`${selector} never showed ${String(wanted)}; it shows "${await textOf(page, selector)}" (${String(error)})`);
  }
  return textOf(page, selector);
}

/** The popup's rows (role=option) as shown: their text, whitespace folded. */
export async function popupRows(popup: Page): Promise<string[]> {
  return popup.$$eval('[role="option"]', (rows) => rows.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Everything the add-on keeps in storage.sync, read from one of its pages. */
export function syncItems(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(() => (globalThis as WithBrowser).browser.storage.sync.get(null));
}
