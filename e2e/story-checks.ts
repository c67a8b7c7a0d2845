// What a story leaves behind, checked the same way whichever engine drove it: the Chromium specs
// (e2e/*.spec.ts) and their Firefox counterparts (e2e/firefox/*.spec.ts) share these, so a story
// proven in both engines is proven against the same expectations.
import { expect } from '@playwright/test';
import type { StoreData } from '../src/core/store/schema';
import type { Simulator } from './simulator';

/** The classic switch to "Prod admin" (Admin @ 123456789012, eu-west-1, colour f2b0a9) from an
 *  EC2 page in us-east-1, as the simulated sign-in service received and accepted it. */
export function expectProdAdminSwitchPosted(sim: Simulator, token: string): void {
  const sent = sim.switches.at(-1)!;
  expect(sent.kind).toBe('classic');
  expect(sent.outcome).toBe('ok');
  expect(sent.host).toBe('signin.aws.amazon.com');
  expect(sent.fields).toMatchObject({
    action: 'switchFromBasis', src: 'nav', mfaNeeded: '0', csrf: token,
    account: '123456789012', roleName: 'Admin', displayName: 'Prod Admin', color: 'f2b0a9',
  });
  // Same service, moved to the entry's region: host prefix and region= both.
  expect(sent.redirectUri).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances');
}

/** The prefilled Switch Role page for Admin @ 123456789012 (colour b7ca9d), opened and then
 *  confirmed once, landing in ap-northeast-1. */
export function expectPrefilledPageConfirmed(sim: Simulator): void {
  expect(sim.identity()).toMatchObject({ kind: 'role', roleName: 'Admin', accountId: '123456789012', color: 'b7ca9d' });
  const [get, post] = sim.switches.slice(-2);
  expect(get).toMatchObject({ kind: 'switch-page-get', host: 'signin.aws.amazon.com' });
  expect(get!.fields).toMatchObject({ account: '123456789012', roleName: 'Admin', color: 'b7ca9d' });
  expect(post).toMatchObject({ kind: 'classic', outcome: 'ok' });
  expect(post!.redirectUri).toBe('https://ap-northeast-1.console.aws.amazon.com/console/home?region=ap-northeast-1');
}

/** The list after importing e2e/fixtures/aws-config (merged into one entry of the user's own). */
export function expectSampleConfigImported(imported: StoreData): void {
  expect(imported.entries.map((e) => e.label)).toEqual(['Production', 'acme-login', 'ops-readonly', 'ci-deployer', 'dev-power', 'gov']);
  expect(imported.entries[0]).toMatchObject({ id: 'mine1', label: 'Production', color: 'fbc8aa', group: 'Prod', region: 'us-east-1', base: 'acme-login' });
  expect(imported.entries.find((e) => e.label === 'ops-readonly')).toMatchObject({ rolePath: '/ops/', roleName: 'ReadOnly', base: 'acme-login' });
  expect(imported.entries.find((e) => e.label === 'ci-deployer')).toMatchObject({ consoleSwitchable: false });
  expect(imported.entries.find((e) => e.label === 'dev-power')).toMatchObject({
    sso: { startUrl: 'https://d-9067a1b2c3.awsapps.com/start', accountId: '210987654321', permissionSet: 'PowerUser' }, region: 'ap-northeast-1',
  });
  expect(imported.entries.find((e) => e.label === 'gov')).toMatchObject({ partition: 'aws-us-gov', region: 'us-gov-west-1' });
  expect(imported.bases).toEqual([{ name: 'acme-login', account: '111122223333', partition: 'aws', roleName: 'PlatformEngineer' }]);
  expect(imported.favourites).toEqual(['mine1']);
  // The external id (a shared secret of the role's trust policy) is never kept.
  expect(JSON.stringify(imported)).not.toContain('ci-7f3a');
}
