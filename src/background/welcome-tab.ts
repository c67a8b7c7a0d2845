// The first-run welcome page (src/welcome): opened once, in a new tab, when Switchyard is installed.
// The rule is core/welcome/welcome-decision.ts; this only gathers its facts and acts on it.
import { WELCOME_SHOWN_KEY } from '../core/store/storage-keys';
import { shouldOpenWelcome } from '../core/welcome/welcome-decision';
import { policySuppressesWelcome } from '../core/welcome/welcome-policy';
import { readPolicyAtInstall } from '../platform/storage-areas';
import { exclusively } from '../platform/locks';
import { readKey, removeKeys, writeKeys } from '../platform/storage';
import { openTab } from '../platform/tabs';
import { extensionUrl } from '../platform/welcome-facts';

/** The built page (vite.config.ts adds it to the build; the e2e and Firefox tests open it by it). */
export const WELCOME_PAGE = 'src/welcome/index.html';

export async function welcomeOnInstall(reason: string): Promise<void> {
  // Cheap checks first: an update reads nothing.
  if (!shouldOpenWelcome({ reason, alreadyShown: false, suppressedByPolicy: false })) return;
  // One at a time: the policy may take seconds to answer, and a second install event meanwhile
  // must find the mark the first one leaves.
  await exclusively('switchyard-welcome', async () => {
    // Chromium's first answer from managed storage can take seconds after start-up: read both at once.
    const [shown, policy] = await Promise.all([readKey('local', WELCOME_SHOWN_KEY), readPolicyAtInstall()]);
    const alreadyShown = shown !== undefined;
    const suppressedByPolicy = policySuppressesWelcome(policy);
    if (!shouldOpenWelcome({ reason, alreadyShown, suppressedByPolicy })) return;
    await writeKeys('local', { [WELCOME_SHOWN_KEY]: Date.now() });
    try {
      await openTab(extensionUrl(WELCOME_PAGE));
    } catch (error) {
      // No tab (e.g. a private-only Firefox the add-on may not open tabs in): not shown, so not marked.
      await removeKeys('local', WELCOME_SHOWN_KEY);
      throw error;
    }
  });
}
