// Firefox with the built add-on (dist/firefox), for the Firefox end-to-end tests and the demo.
// Playwright cannot drive Debian's Firefox (it needs its own patched build), so this drives it over
// WebDriver BiDi with puppeteer-core: headless, a fresh profile each time, every https request
// through the test's forward proxy (the simulated AWS), its certificate accepted for this session
// only. The add-on is installed as a temporary add-on under a fixed internal UUID, so its pages have
// a known origin (moz-extension://<uuid>/).
//
// BiDi refuses to navigate a tab to a moz-extension:// address ("not allowed in this context"), but a
// tab the add-on opened itself (the welcome page, on install) can be scripted and can move within
// the add-on (`location.href = '/src/popup/index.html?tab=3'`): waitForExtensionPage finds it.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox, HOW_TO_GET_FIREFOX } from '../../scripts/find-firefox.mjs';

/** The add-on's internal UUID in every test profile: its pages are at moz-extension://<this>/. */
export const EXTENSION_UUID = '5a1c7e0d-3b9f-4c2e-9d61-7f0e2b8a4c15';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** dist/firefox of this checkout ($SWITCHYARD_DIST moves dist/; relative to the checkout). */
export const FIREFOX_EXTENSION_DIR = path.resolve(REPO, process.env.SWITCHYARD_DIST ?? 'dist', 'firefox');

export interface LaunchOptions {
  /** Port of the local forward proxy (HTTP CONNECT) that leads to the simulated AWS. */
  proxyPort: number;
  /** The browser's UI language, which the add-on's _locales follow: 'en-US' (default) or 'ja'. */
  locale?: string;
  /** The built add-on; default dist/firefox ($SWITCHYARD_DIST moves dist/). */
  extensionDir?: string;
  /** Default true. */
  headless?: boolean;
  /**
   * The organisation's policy for the add-on (what `storage.managed` answers), as a Firefox
   * `policies.json` gives it under `3rdparty.Extensions.<gecko id>`. Firefox reads policies.json
   * only from its installation (`<install dir>/distribution/`, or /etc/firefox/policies), and once,
   * at start-up: so this needs root, the file is there only while this Firefox starts, and no
   * other Firefox should start meanwhile (run such specs serially). Release builds ignore the
   * testing preference `browser.policies.alternatePath`.
   */
  policy?: Record<string, unknown>;
  /** More preferences for this Firefox's profile, over the test profile's (firefoxPrefs). */
  prefs?: Record<string, unknown>;
  /**
   * Lets WebDriver BiDi reach Firefox's own window (the address bar, the add-on's keyboard
   * shortcuts: e2e/firefox/browser-chrome.ts) by starting it with MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1.
   * Only for the Firefox it is asked for: with it, the driver also enters the add-on's hidden pages
   * and finding the welcome tab among the pages stalls.
   */
  browserWindow?: boolean;
  /** Firefox's own output (and every console message of pages and the add-on) on this process's
   *  stdout/stderr; default: $SWITCHYARD_FIREFOX_LOG === '1'. */
  log?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<EXTENSION_UUID> */
  extensionOrigin: string;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  extensionId: string;
  close(): Promise<void>;
}

/** The add-on's gecko id, from the built manifest (the UUID preference is keyed by it). */
export function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: is it the Firefox build?`);
  return id;
}

/** The preferences of a test profile. */
export function firefoxPrefs(options: { proxyPort: number; locale: string; geckoId: string; log: boolean }): Record<string, unknown> {
  return {
    // Every http(s) request, whatever its host, through the proxy; '' so that no host bypasses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.share_proxy_settings': false,
    // Fewer of Firefox's own requests through the proxy. Remote settings still ask
    // firefox.settings.services.mozilla.com (its server pref is honoured only in automation
    // builds): the proxy should refuse what it does not simulate.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.region.network.url': '',
    'browser.safebrowsing.downloads.remote.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId]: EXTENSION_UUID }),
    // The UI language (the langpack must be installed: scripts/find-firefox.mjs) and the pages'.
    'intl.locale.requested': options.locale,
    'intl.accept_languages': options.locale === 'ja' ? 'ja, en-US, en' : 'en-US, en',
    'devtools.console.stdout.content': options.log,
    'devtools.console.stdout.chrome': options.log,
    'browser.dom.window.dump.enabled': options.log,
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<LaunchedFirefox> {
  const executablePath = ensureFirefox();
  if (!executablePath) throw new Error(HOW_TO_GET_FIREFOX);
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const geckoId = geckoIdOf(extensionDir);
  const log = options.log ?? process.env.SWITCHYARD_FIREFOX_LOG === '1';
  // One Firefox starts at a time on this machine: a policy written for one start must not be read
  // by another test's Firefox starting in the other worker.
  const browser = await whileStartingAlone(async () => {
    const removePolicy = options.policy ? writePolicy(executablePath, geckoId, options.policy) : () => undefined;
    return puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: options.headless ?? true,
      // The simulated AWS's certificate is made at test time: trusted for this WebDriver session only.
      acceptInsecureCerts: true,
      dumpio: log,
      env: firefoxEnv(options.browserWindow ?? false),
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: { ...firefoxPrefs({ proxyPort: options.proxyPort, locale: options.locale ?? 'en-US', geckoId, log }), ...options.prefs },
    }).finally(removePolicy);
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`installed add-on ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    extensionId: geckoId,
    close: () => browser.close(),
  };
}

/** This process's environment, with system access for the driver only when asked for. */
function firefoxEnv(browserWindow: boolean): Record<string, string | undefined> {
  const { MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: _, ...env } = process.env;
  return browserWindow ? { ...env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' } : env;
}

const START_LOCK = path.join(os.tmpdir(), 'switchyard-firefox-start.lock');

/** Runs `start` while holding a machine-wide lock (a directory: mkdir is atomic). A lock older
 *  than the longest start the fixture allows (two minutes) is a crashed run's and is taken over. */
async function whileStartingAlone<T>(start: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(START_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(START_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 150_000) rmSync(START_LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await start();
  } finally {
    rmSync(START_LOCK, { recursive: true, force: true });
  }
}

/** Writes the policies.json a Firefox installation reads at start-up; returns its removal. */
function writePolicy(executablePath: string, geckoId: string, policy: Record<string, unknown>): () => void {
  const file = path.join(path.dirname(realpathSync(executablePath)), 'distribution', 'policies.json');
  if (existsSync(file)) {
    // A run killed while its Firefox started leaves its file behind, marked as ours: taken away.
    // Anything else is the machine's own policy, which a test must not replace.
    if (!isOurPolicyFile(file)) throw new Error(`${file} exists already, and is not a test's: the machine's own policy`);
    rmSync(file, { force: true });
  }
  try {
    writeFileSync(file, JSON.stringify({ [POLICY_MARK]: true, policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } }));
  } catch (error) {
    throw new Error(`cannot write ${file} (the organisation's policy needs root): ${String(error)}`);
  }
  const remove = () => rmSync(file, { force: true });
  // Gone even if the run is stopped while Firefox starts (Firefox reads only `policies`).
  process.once('exit', remove);
  return () => {
    process.off('exit', remove);
    remove();
  };
}

const POLICY_MARK = 'switchyardE2eTest';

function isOurPolicyFile(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[POLICY_MARK] === true;
  } catch {
    return false;
  }
}

/** Where a page is now. A tab the add-on opened may still report about:blank through `page.url()`. */
export async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** The first tab showing a page of the add-on (optionally one whose path starts with `pathPrefix`),
 *  waiting up to `timeoutMs` for it: the way into the add-on's pages (see the top of this file). */
export async function waitForExtensionPage(browser: Browser, extensionOrigin: string, pathPrefix = '/', timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await hrefOf(page);
      if (href.startsWith(extensionOrigin + pathPrefix)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab shows ${extensionOrigin}${pathPrefix} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
