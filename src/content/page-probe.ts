// Runs in the console page's own JavaScript world (manifest `world: "MAIN"`), because the CSRF
// token and ConsoleNavService live there. It has no extension APIs and takes no commands:
// on request it reads two globals and answers with strings.
import { PROBE_REPLY, PROBE_REQUEST, type PageData } from './bridge-protocol';

interface ConsoleGlobals {
  AWSC?: { Auth?: { getMbtc?: () => unknown } };
  ConsoleNavService?: { AccountInfo?: unknown };
}

async function readCsrf(globals: ConsoleGlobals): Promise<string | undefined> {
  try {
    // Newer consoles return a Promise here: await either way.
    const token = await globals.AWSC?.Auth?.getMbtc?.();
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}

function readAccountInfo(globals: ConsoleGlobals): Record<string, string> | undefined {
  const info = globals.ConsoleNavService?.AccountInfo;
  if (typeof info !== 'object' || info === null) return undefined;
  const strings = Object.entries(info).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return strings.length > 0 ? Object.fromEntries(strings) : undefined;
}

document.addEventListener(PROBE_REQUEST, (event) => {
  const id = (event as CustomEvent<unknown>).detail;
  if (typeof id !== 'string') return;
  const globals = window as unknown as ConsoleGlobals;
  void readCsrf(globals).then((csrf) => {
    const data: PageData = { id, csrf, accountInfo: readAccountInfo(globals) };
    document.dispatchEvent(new CustomEvent(PROBE_REPLY, { detail: JSON.stringify(data) }));
  });
});
