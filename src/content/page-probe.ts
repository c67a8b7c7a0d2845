// Runs in the console page's own JavaScript world (manifest `world: "MAIN"`), because the CSRF
// token and ConsoleNavService live there. It has no extension APIs and takes no commands:
// on request it reads two globals and answers with strings.
import { PROBE_REPLY, PROBE_REQUEST, type PageData } from './bridge-protocol';

interface ConsoleGlobals {
  AWSC?: { Auth?: { getMbtc?: () => unknown } };
  ConsoleNavService?: { AccountInfo?: unknown };
}

document.addEventListener(PROBE_REQUEST, async (event) => {
  const id = (event as CustomEvent<unknown>).detail;
  if (typeof id !== 'string') return;
  const globals = window as unknown as ConsoleGlobals;
  let csrf: unknown;
  try {
    // Newer consoles return a Promise here: await either way.
    csrf = await globals.AWSC?.Auth?.getMbtc?.();
  } catch {
    // No token: the reply says so.
  }
  const info = globals.ConsoleNavService?.AccountInfo;
  const strings = typeof info === 'object' && info !== null ? Object.entries(info).filter((entry) => typeof entry[1] === 'string') : [];
  const data: PageData = {
    id,
    csrf: typeof csrf === 'string' && csrf !== '' ? csrf : undefined,
    accountInfo: strings.length > 0 ? Object.fromEntries(strings) as Record<string, string> : undefined,
  };
  document.dispatchEvent(new CustomEvent(PROBE_REPLY, { detail: JSON.stringify(data) }));
});
