// The AWS console simulator for the end-to-end tests: sign-in service and console pages of all four
// partitions, served by Playwright routes (there is no network), with state kept in the test process.
import type { BrowserContext } from '@playwright/test';
import { CREDS_COOKIE } from './cookies';
import { consoleSignInHost, PARTITION_NAMES, PARTITIONS, regionalConsoleHost } from './partitions';
import { isSimulated, serve } from './router';
import { SimState } from './state';
import type { ConsoleUrlOptions, Partition, Simulator, SimulatorOptions } from './types';

export type * from './types';
export { DEFAULT_BASES, DEFAULT_ROLES } from './defaults';
export { PRESET_COLORS, SWITCH_ERROR_MESSAGE } from './signin-pages';
export { NEUTRAL_HOST } from './router';

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

export async function installSimulator(context: BrowserContext, options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(options);
  // Playwright tries the LAST registered route first, so the catch-all goes in first: whatever the
  // simulator does not serve is aborted instead of trying the closed network. Only network schemes:
  // chrome-extension:// and data: must stay untouched.
  await context.route((url) => NETWORK_SCHEMES.has(url.protocol), (route) => route.abort('internetdisconnected'));
  await context.route(isSimulated, (route) => serve(state, route));
  // The browser is already signed in: the sign-in cookie exists before the first console page.
  const cookies = PARTITION_NAMES.flatMap((partition) => {
    const value = state.credsCookie(partition);
    return value === undefined
      ? []
      : [{ name: CREDS_COOKIE, value: encodeURIComponent(value), domain: PARTITIONS[partition].cookieDomain, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' as const }];
  });
  await context.addCookies(cookies);
  return simulatorApi(state);
}

function simulatorApi(state: SimState): Simulator {
  return {
    switches: state.switches,
    identity(partition: Partition = 'aws') {
      const identity = state.classicIdentity(partition);
      if (!identity) throw new Error(`simulator: nobody is signed in to ${partition}`);
      return { ...identity };
    },
    csrf(partition: Partition = 'aws', signinHost = consoleSignInHost(partition, PARTITIONS[partition].defaultRegion)) {
      const token = state.csrf(partition, signinHost);
      if (token === undefined) throw new Error(`simulator: nobody is signed in to ${partition}`);
      return token;
    },
    setMode(mode) {
      state.setMode(mode);
    },
    setSignalsRemoved(removed) {
      state.signalsRemoved = removed;
    },
    setOmittedPageFields(fields) {
      state.omittedFields = [...fields];
    },
    consoleUrl(opts: ConsoleUrlOptions = {}) {
      const partition = opts.partition ?? 'aws';
      const region = opts.region === undefined ? PARTITIONS[partition].defaultRegion : opts.region;
      const path = opts.path ?? '/console/home';
      const url = new URL(path, `https://${regionalConsoleHost(partition, region)}`);
      const base = partition === 'aws' && state.mode === 'multi-session' ? state.baseSession() : undefined;
      if (base) url.hostname = `${base.subdomain}.${region ?? base.region}.${PARTITIONS.aws.consoleRoot}`;
      if (region && !url.searchParams.has('region')) url.searchParams.set('region', region);
      return url.href;
    },
    sessions() {
      return state.sessions().map((session) => ({ ...session, identity: { ...session.identity } }));
    },
  };
}
