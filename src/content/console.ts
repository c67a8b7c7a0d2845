// Console page entry (isolated world): answers the background's questions about this page and
// performs the switches it asks for. It acts on messages from our extension only, never on the page.
import { readIdentity } from '../core/identity';
import { fromBackground, listen } from '../platform/messaging';
import type { ConsoleState } from '../platform/protocol';
import { readConsolePage } from './console-signals';
import { performSwitch } from './perform-switch';

async function consoleState() {
  const page = await readConsolePage();
  const reading = readIdentity(page.signals);
  const multiSession = reading.identity?.multiSession;
  const state: ConsoleState = {
    url: location.href,
    reading,
    mode: multiSession ? 'multi-session' : 'classic',
    csrfFound: page.csrf !== undefined,
  };
  return { page, state, multiSession };
}

listen({
  readConsole: { from: fromBackground, handle: async () => (await consoleState()).state },
  performSwitch: {
    from: fromBackground,
    handle: async ({ profile }) => {
      const { page, multiSession } = await consoleState();
      return performSwitch(profile, page, multiSession);
    },
  },
});
