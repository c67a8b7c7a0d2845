// The demo: the built extension, the simulated console and sample roles. Headed, it sets the scene
// and leaves the browser to you; with --headless it walks the story and saves a screenshot per step.
import { mkdirSync } from 'node:fs';
import { test } from '@playwright/test';
import { launchWithExtension, openPopup, profile, pressToSwitch, seedProfiles } from '../e2e/fixtures';
import { installSimulator } from '../e2e/simulator';

const headless = process.env.DEMO_HEADLESS === '1';
const SHOTS = 'demo-screenshots';

const sampleRoles = [
  profile({ label: 'Production admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'PROD admin' }),
  profile({ label: 'Production read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly', color: 'fbc8aa' }),
  profile({ label: 'Development', account: '210987654321', roleName: 'Developer', color: '83d4e8', region: 'us-west-2' }),
  profile({ label: 'Audit', account: '012345678901', roleName: 'Auditor', color: 'b7ca9d' }),
  profile({ label: 'Break glass (not trusted)', account: '123456789012', roleName: 'BreakGlass', color: 'efda95' }),
  profile({ label: 'GovCloud admin', account: '777788889999', roleName: 'GovAdmin', partition: 'aws-us-gov', region: 'us-gov-west-1' }),
];

test('Switchyard demo', async () => {
  const context = await launchWithExtension({ headless });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const sim = await installSimulator(context);
  await seedProfiles(worker, sampleRoles);
  const consolePage = await context.newPage();
  await consolePage.goto(sim.consoleUrl({ region: 'us-east-1', path: '/ec2/home?region=us-east-1' }));
  await context.pages().find((p) => p.url() === 'about:blank')?.close();

  if (!headless) {
    console.log('\nThe simulated AWS console is open, signed in as alice, with six sample roles saved.');
    console.log('Click the Switchyard button in the toolbar (pin it from the puzzle-piece menu), pick a role.');
    console.log('Close the browser to end the demo.\n');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  await consolePage.screenshot({ path: `${SHOTS}/1-console-as-user.png` });
  const popup = await openPopup(context, worker, consolePage);
  await popup.screenshot({ path: `${SHOTS}/2-popup.png` });
  await popup.getByRole('combobox').pressSequentially('prd adm');
  await popup.screenshot({ path: `${SHOTS}/2b-popup-search.png` });
  await pressToSwitch(popup);
  await consolePage.getByTestId('sim-identity').getByText('PROD admin').waitFor({ timeout: 10_000 });
  await consolePage.screenshot({ path: `${SHOTS}/3-console-after-switch.png` });

  const again = await openPopup(context, worker, consolePage);
  await again.screenshot({ path: `${SHOTS}/4-popup-shows-active-role.png` });
  await again.getByRole('option', { name: /Break glass/ }).click();
  await consolePage.getByTestId('switchyard-signin-note').waitFor({ timeout: 10_000 });
  await consolePage.screenshot({ path: `${SHOTS}/5-refused-switch-explained.png` });
  console.log(`Screenshots saved in ${SHOTS}/`);
  await context.close();
});
