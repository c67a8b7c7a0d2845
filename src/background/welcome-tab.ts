// The first-run welcome page (src/welcome): opened once, in a new tab, when Switchyard is installed.
// The rule is core/welcome/welcome-decision.ts; this only gathers its facts and acts on it.
import { WELCOME_SHOWN_KEY } from '../core/store/storage-keys';
import { shouldOpenWelcome } from '../core/welcome/welcome-decision';
import { policySuppressesWelcome } from '../core/welcome/welcome-policy';
import { readPolicyAtInstall } from '../platform/storage-areas';
import { readKey, writeKeys } from '../platform/storage';
import { openTab } from '../platform/tabs';
import { extensionUrl } from '../platform/welcome-facts';

/** The built page (vite.config.ts adds it to the build; the e2e and Firefox tests open it by it). */
export const WELCOME_PAGE = 'src/welcome/index.html';

export async function welcomeOnInstall(reason: string): Promise<void> {
  // Cheap checks first: an update reads nothing.
  if (!shouldOpenWelcome({ reason, alreadyShown: false, suppressedByPolicy: false })) return;
  // Chromium's first answer from managed storage can take seconds after start-up: read both at once.
  const [shown, policy] = await Promise.all([readKey('local', WELCOME_SHOWN_KEY), readPolicyAtInstall()]);
  const alreadyShown = shown !== undefined;
  const suppressedByPolicy = policySuppressesWelcome(policy);
  if (!shouldOpenWelcome({ reason, alreadyShown, suppressedByPolicy })) return;
  // Marked before the tab opens: a second event while this one is under way finds the mark.
  await writeKeys('local', { [WELCOME_SHOWN_KEY]: Date.now() });
  await openTab(extensionUrl(WELCOME_PAGE));
}
