// Firefox: the organisation's role catalog from a real Firefox policies.json (the `policy` option:
// written as root into Firefox's distribution folder while it starts, see launch.ts), as
// e2e/storage.spec.ts does with a Chromium policy file: shown read-only in the options page, tagged
// managed in the popup, never copied into the user's own list.
import type { Entry } from '../../src/core/store/schema';
import { button, labelled, openOptions, popupRows, textOf, waitForText } from './data-steps';
import { expect, openPopup, openTab, test } from './fixtures';
import { seedStore, storedData } from './pages';

type WithManaged = typeof globalThis & { browser: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } } };

const payments: Entry = { id: 'pay', label: 'Payments prod', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' };
const policy = {
  catalogName: 'Example Corp',
  catalog: [
    { id: 'audit-ro', label: 'Org audit (read-only)', account: '111122223333', roleName: 'OrgAuditor', group: 'Security' },
    { id: 'breakglass', label: 'Org break-glass', account: '444455556666', roleName: 'BreakGlass', production: true },
  ],
};

test.describe('with a policies.json', () => {
  test.skip(process.getuid?.() !== 0, 'writing Firefox\'s policies.json needs root');
  test.use({ policy });

  test('the organisation\'s catalog is shown read-only and tagged managed in the popup; an import does not copy it', async ({ ff, extensionPage, sim }) => {
    // Firefox hands the add-on exactly its part of policies.json.
    expect(await extensionPage.evaluate(() => (globalThis as WithManaged).browser.storage.managed.get(null))).toEqual(policy);
    await seedStore(extensionPage, { entries: [payments] });

    const options = await openOptions(ff, extensionPage);
    await waitForText(options, '[data-testid="catalog"]', 'Roles from the policy of Example Corp: 2.');
    const rows = await options.$$eval('[data-testid="catalog"] tbody tr', (trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual(['Org audit (read-only) managed111122223333OrgAuditorSecurity', 'Org break-glass managed444455556666BreakGlass']);
    // Nothing in the catalog can be edited.
    expect(await options.$$eval('[data-testid="catalog"] :is(input, button, select, textarea, [contenteditable])', (els) => els.length)).toBe(0);

    const consolePage = await openTab(ff, sim.consoleUrl());
    const popup = await openPopup(ff, extensionPage, consolePage);
    await popup.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 3);
    const shown = await popupRows(popup);
    expect(shown.find((text) => text.includes('Org audit (read-only)'))).toContain('managed');
    expect(shown.find((text) => text.includes('Org break-glass'))).toContain('managed');
    expect(shown.find((text) => text.includes('Payments prod'))).not.toContain('managed');
    // The catalog is the organisation's, not part of the user's saved list.
    expect((await storedData(extensionPage)).entries.map((e) => e.label)).toEqual(['Payments prod']);

    // A config naming a catalog role does not add it a second time.
    const area = await labelled(options, 'Paste a configuration');
    await area.evaluate((el, text) => {
      el.focus();
      document.execCommand('insertText', false, text);
    }, '[profile audit]\nrole_arn = arn:aws:iam::111122223333:role/OrgAuditor\n[profile mine]\nrole_arn = arn:aws:iam::210987654321:role/Dev');
    await (await button(options, 'Preview')).click();
    const audit = '[data-testid="import-table"] tr[data-name="audit"]';
    await options.waitForSelector(audit);
    expect(await options.$eval(audit, (el) => el.getAttribute('data-status'))).toBe('skipped');
    expect(await textOf(options, audit)).toContain('your organisation\'s catalog already has (“Org audit (read-only)”)');
    await (await button(options, 'Import', '[data-testid="import-preview"]')).click();
    await expect.poll(async () => (await storedData(extensionPage)).entries.map((e) => e.label)).toEqual(['Payments prod', 'mine']);
  });
});
