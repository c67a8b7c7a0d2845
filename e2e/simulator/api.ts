// The `Simulator` the specs hold: synchronous reads and changes of the state in the test process,
// which the server answers from.
import { consoleSignInHost, PARTITIONS, regionalConsoleHost } from './partitions';
import { portalApi } from './portal-sim-api';
import type { SimState } from './state';
import type { ConsoleUrlOptions, Partition, Simulator } from './types';

export function simulatorApi(state: SimState): Simulator {
  return {
    switches: state.switches,
    preflights: state.preflights,
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
    signIns: state.signIns,
    signInsOf(arn: string) {
      return state.signIns.filter((signIn) => signIn.identity.arn === arn);
    },
    endedSessions() {
      return state.endedSessions();
    },
    advanceTime(ms: number) {
      state.advanceTime(ms);
    },
    expireSession(differentiator: string) {
      state.expireSession(differentiator);
    },
    portal: portalApi(state),
  };
}
