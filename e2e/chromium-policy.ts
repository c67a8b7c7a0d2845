/// <reference types="chrome" />
// A real enterprise policy for the Chromium specs, as an organisation sets it: a file in
// /etc/chromium/policies/managed (Google Chrome: /etc/opt/chrome/…), read by Chromium at start-up.
// Root only. It runs on a private copy of the extension: an unpacked extension's id comes from its
// folder, so the policy names an id no other test's browser loads, and specs running in parallel
// (which read the same policy folder at start-up) are not affected. The file exists only meanwhile.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, simulatorArgs } from './fixtures';
import type { SimServer } from './simulator';

/** Why a spec that needs a policy file skips, or undefined where it can run. */
export const chromiumPolicySkip = process.getuid?.() !== 0 || process.platform !== 'linux' ? 'writing /etc/chromium/policies needs root on Linux' : undefined;

/** Chromium with a copy of the extension under `policy`, reaching only `server`, signed in to it. */
export async function withChromiumPolicy(policy: Record<string, unknown>, server: SimServer, run: (context: BrowserContext, worker: Worker, id: string) => Promise<void>): Promise<void> {
  const copy = realpathSync(mkdtempSync(path.join(tmpdir(), 'switchyard-policy-')));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const id = [...createHash('sha256').update(copy).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const folder = /google-chrome|\/opt\/google\//.test(executable) ? '/etc/opt/chrome/policies/managed' : '/etc/chromium/policies/managed';
  const file = path.join(folder, `switchyard-e2e-${id}.json`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext('', {
      executablePath: executable,
      headless: true,
      locale: 'en-US',
      ignoreHTTPSErrors: true,
      args: [...simulatorArgs(server), `--disable-extensions-except=${copy}`, `--load-extension=${copy}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await context.addCookies(server.signInCookies());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await run(context, worker, id);
  } finally {
    await context?.close();
    rmSync(file, { force: true });
    rmSync(copy, { recursive: true, force: true });
    try {
      rmdirSync(folder); // only when empty: another policy may live there
    } catch {
      // not empty, or gone already
    }
  }
}
