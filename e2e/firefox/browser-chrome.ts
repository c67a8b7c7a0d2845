// Firefox's own window (the address bar, the keyboard shortcuts), which WebDriver BiDi reaches only
// with system access: MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1 in the environment Firefox starts with (a spec
// asks for it with `test.use({ browserWindow: true })`, launch.ts), then `browsingContext.getTree` with
// "moz:scope": "chrome" names the browser window, and script.callFunction runs in it. Keys are
// pressed there with nsITextInputProcessor, as Firefox's own tests do (EventUtils.synthesizeKey):
// trusted key events that go through Firefox's key handling — the extension's <key> shortcuts and
// the address bar's keyword — as a person's keys would.
import type { Page } from 'puppeteer-core';
import type { LaunchedFirefox } from './launch';

interface BidiConnection { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
const connectionOf = (ff: LaunchedFirefox) => (ff.browser as unknown as { connection: BidiConnection }).connection;

/** Runs `fn` (a function's source, called with `args`) in the browser window; returns its value. */
export async function inBrowserWindow<T>(ff: LaunchedFirefox, fn: string, ...args: Array<string | number | boolean>): Promise<T> {
  const connection = connectionOf(ff);
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result['contexts'] as Array<{ context: string; url: string }>;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no browser window among ${JSON.stringify(contexts)}: is MOZ_REMOTE_ALLOW_SYSTEM_ACCESS set?`);
  const reply = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    arguments: args.map((value) => ({ type: typeof value, value })),
    target: { context: window.context },
    awaitPromise: true,
  });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (result.type !== 'success') throw new Error(`in the browser window: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
  return result.result?.value as T;
}

// Runs in the browser window: presses a key with modifiers through nsITextInputProcessor.
const PRESS = `async function press(spec) {
  const [mods, key] = spec.includes('+') ? [spec.split('+').slice(0, -1), spec.split('+').at(-1)] : [[], spec];
  const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
  const modifier = { Alt: ['Alt', 'AltLeft', 18], Shift: ['Shift', 'ShiftLeft', 16], Ctrl: ['Control', 'ControlLeft', 17] };
  const event = ([k, code, keyCode]) => new KeyboardEvent('', { key: k, code, keyCode });
  for (const m of mods) tip.keydown(event(modifier[m]));
  const named = { Enter: ['Enter', 'Enter', 13] };
  const main = named[key] ?? [mods.includes('Shift') ? key.toUpperCase() : key.toLowerCase(), 'Key' + key.toUpperCase(), key.toUpperCase().charCodeAt(0)];
  tip.keydown(event(main));
  tip.keyup(event(main));
  for (const m of [...mods].reverse()) tip.keyup(event(modifier[m]));
}`;

/** Presses a shortcut in the browser window, e.g. 'Alt+Shift+L', as a person's keyboard would. */
export function pressInBrowser(ff: LaunchedFirefox, keys: string): Promise<void> {
  return inBrowserWindow(ff, `async (keys) => { ${PRESS}; window.focus(); gBrowser.selectedBrowser.focus(); await press(keys); }`, keys);
}

/** Types `text` into the address bar (focused first, emptied), key by key, and waits until its
 *  results are there; returns the texts of the rows Firefox shows under it. */
export function typeInAddressBar(ff: LaunchedFirefox, text: string): Promise<string[]> {
  return inBrowserWindow<string>(ff, `async (text) => {
    window.focus();
    gURLBar.focus();
    gURLBar.select();
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    for (const ch of text) {
      const ev = new KeyboardEvent('', { key: ch, code: ch === ' ' ? 'Space' : '', keyCode: 0 });
      tip.keydown(ev);
      tip.keyup(ev);
    }
    // The query the last key started, extension results included, has finished.
    await gURLBar.lastQueryContextPromise;
    return JSON.stringify([...gURLBar.view.panel.querySelectorAll('.urlbarView-row')].map((row) => row.textContent.replace(/\\s+/g, ' ').trim()));
  }`, text).then((json) => JSON.parse(json as unknown as string) as string[]);
}

/** Presses Enter in the address bar (on the selected result). */
export function enterInAddressBar(ff: LaunchedFirefox): Promise<void> {
  return inBrowserWindow(ff, `async () => { ${PRESS}; gURLBar.focus(); await press('Enter'); }`);
}

/**
 * With system access, the fixture's way into the add-on (finding the welcome tab among puppeteer's
 * pages, launch.ts waitForExtensionPage) is unreliable: Firefox then loads the driver's frame actor
 * in every frame, the add-on's own hidden ones included, and looking through the pages can stall.
 * But system access also lets the driver navigate a tab to the add-on: so the specs that need the
 * browser window take this way in instead. The install's welcome tab is waited for and closed first
 * (through the browser window), so that it cannot come to the front mid-test.
 */
export async function enterAddOnDirectly(ff: LaunchedFirefox, path = '/src/options/index.html'): Promise<Page> {
  await inBrowserWindow(ff, `async (pathPrefix) => {
    const deadline = Date.now() + 20000;
    for (;;) {
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec.includes(pathPrefix));
      if (tab) return void gBrowser.removeTab(tab);
      if (Date.now() > deadline) throw new Error('the welcome tab did not open');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }`, '/src/welcome/');
  return openAddOnPage(ff, path);
}

/** An add-on page in a new tab, opened by address: only with system access (BiDi refuses
 *  moz-extension:// addresses otherwise). */
export async function openAddOnPage(ff: LaunchedFirefox, path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  // BiDi reports no finished navigation for an add-on page: wait for the page itself instead.
  void page.goto(`${ff.extensionOrigin}${path}`, { timeout: 0 }).catch(() => undefined);
  // Asked in a loop of our own rather than with waitForFunction: an evaluation that meets the tab
  // between about:blank and the add-on's page fails with a protocol error, which ends a wait.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await page.evaluate((origin) => location.href.startsWith(origin) && document.readyState === 'complete'
      && typeof (globalThis as { browser?: unknown }).browser === 'object', ff.extensionOrigin).catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${ff.extensionOrigin}${path} did not load within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
