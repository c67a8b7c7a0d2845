/// <reference types="chrome" />
import type { Worker } from '@playwright/test';
import { rankEntries } from '../src/core/search/rank';
import { expect, test, waitForTab } from './fixtures';
import { changeSettings, entry, seedStore } from './console-helpers';

const admin = entry({ label: 'Prod admin', account: '123456789012', roleName: 'Admin', region: 'eu-west-1', displayName: 'Prod Admin' });
const readOnly = entry({ label: 'Prod read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly' });
const developer = entry({ label: 'Dev', account: '210987654321', roleName: 'Developer', region: 'us-west-2' });
const auditor = entry({ label: 'Audit <b>&amp; "logs"</b>', account: '012345678901', roleName: 'Auditor' });
const entries = [admin, readOnly, developer, auditor];
const favourites = [developer.id];
const usage = { [readOnly.id]: { count: 1, lastUsed: 5_000 } };

type Suggestion = { content: string; description: string };

/** Types `text` after the keyword: fires the address bar's input event at the extension's own
 *  listener and collects what it suggests. */
function typeInAddressBar(worker: Worker, text: string): Promise<Suggestion[]> {
  return worker.evaluate(
    (input) => new Promise<Suggestion[]>((resolve) => {
      (chrome.omnibox.onInputChanged as unknown as { dispatch(text: string, suggest: (s: Suggestion[]) => void): void }).dispatch(input, resolve);
    }),
    text,
  );
}

function pressEnter(worker: Worker, text: string, disposition: 'currentTab' | 'newForegroundTab' = 'currentTab'): Promise<void> {
  return worker.evaluate(([input, how]) => {
    (chrome.omnibox.onInputEntered as unknown as { dispatch(text: string, disposition: string): void }).dispatch(input!, how!);
  }, [text, disposition]);
}

test.beforeEach(async ({ worker }) => seedStore(worker, { entries, favourites, usage }));

test('suggestions come in the popup\'s ranking, with matches marked', async ({ worker }) => {
  for (const query of ['prod adm', 'prod', 'dev', '']) {
    const suggested = await typeInAddressBar(worker, query);
    const ranked = rankEntries(query, entries, { favourites, usage }).slice(0, 6).map((r) => r.entry.label);
    expect(suggested.map((s) => s.content.split(' · ')[0]), `query "${query}"`).toEqual(ranked);
  }
  const [top] = await typeInAddressBar(worker, 'prod adm');
  expect(top!.content).toBe('Prod admin · Admin @ 123456789012');
  expect(top!.description).toMatch(/^<match>Prod<\/match> <match>adm<\/match>in <dim>— Admin @ 123456789012<\/dim>$/);
});

test('a label cannot add markup to a suggestion', async ({ worker }) => {
  const [top] = await typeInAddressBar(worker, 'audit');
  expect(top!.description).toBe('<match>Audit</match> &#60;b&#62;&#38;amp; &#34;logs&#34;&#60;/b&#62; <dim>— Auditor @ 012345678901</dim>');
});

test('hidden account ids stay hidden in the address bar', async ({ worker }) => {
  await changeSettings(worker, { hideAccountIds: true });
  const [top] = await typeInAddressBar(worker, 'prod adm');
  expect(top!.content).toBe('Prod admin · Admin @ ••••••••9012');
  expect(top!.description).not.toContain('123456789012');
});

test('Enter on typed text switches the current console tab to the best match', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1' }));
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('alice');
  await page.bringToFront();
  await typeInAddressBar(worker, 'prod adm');
  await pressEnter(worker, 'prod adm');
  await expect(page.getByTestId('sim-identity')).toContainText('Prod Admin');
  await expect(page.getByTestId('switchyard-badge-name')).toHaveText('Prod Admin');
  const sent = sim.switches.at(-1)!;
  expect(sent).toMatchObject({ kind: 'classic', outcome: 'ok' });
  expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1');
});

test('Enter on a picked suggestion switches to exactly that entry', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl({ region: 'us-east-1' }));
  await page.bringToFront();
  const suggested = await typeInAddressBar(worker, 'prod');
  const picked = suggested.find((s) => s.content.startsWith('Prod read-only'))!;
  await pressEnter(worker, picked.content);
  await expect(page.getByTestId('sim-identity')).toContainText('Prod read-only');
  expect(sim.switches.at(-1)!.fields).toMatchObject({ account: 'switchyard-prod', roleName: 'ops/ReadOnly' });
});

test('from a tab that is not a console, Enter opens the switch page in a new tab', async ({ context, worker, sim }) => {
  const other = await context.newPage();
  await other.goto('https://example.test/');
  await other.bringToFront();
  await pressEnter(worker, 'dev');
  const tab = await waitForTab(context, (url) => url.host === 'us-west-2.console.aws.amazon.com');
  await expect(tab.getByTestId('sim-identity')).toContainText('Dev');
  expect(sim.switches.map((s) => s.kind)).toEqual(['switch-page-get', 'classic']);
  await expect(other).toHaveURL('https://example.test/');
});

test('text that matches nothing switches nothing', async ({ context, worker, sim }) => {
  const page = await context.newPage();
  await page.goto(sim.consoleUrl());
  await page.bringToFront();
  expect(await typeInAddressBar(worker, 'zzzqqq')).toEqual([]);
  await pressEnter(worker, 'zzzqqq');
  await page.waitForTimeout(500);
  expect(sim.switches).toHaveLength(0);
});
