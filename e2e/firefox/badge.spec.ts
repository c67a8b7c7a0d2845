// Firefox: the badge on a console page names the role the simulated console shows.
import { expect, openTab, test } from './fixtures';
import { waitForBadge } from './pages';

test('the badge names the assumed role on a console page', async ({ ff, extensionPage, sim }) => {
  void extensionPage;
  sim.setMode('classic');
  const page = await openTab(ff, sim.consoleUrl());
  const badge = await waitForBadge(page);
  expect(await badge?.evaluate((el) => el.textContent)).toContain('alice');
});
