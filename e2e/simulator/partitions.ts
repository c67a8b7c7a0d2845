// Host names of the four partitions (shared/aws-console-facts.md, "Partitions and hosts"), and the
// parsing of a host into the partition, region and multi-session label it names.
import type { Partition } from './types';

interface PartitionHosts {
  /** The bare sign-in host; where `regionalSignIn`, `<region>.<signinHost>` answers too. */
  signinHost: string;
  regionalSignIn: boolean;
  /** The sign-in host that console pages name (and send their switches to): the bare one, or
   *  (ESC, whose SDKs sign in there) the regional one of the page's region. */
  consoleSignIn: 'bare' | 'regional';
  /**
   * Invented (README, "Invented where the facts file is silent"): each sign-in host keeps its own
   * CSRF token, so a console page's token is good only at the sign-in host that page names. This is
   * how the simulator reproduces the facts' ESC failure of switchers that fall back to the bare host.
   */
  tokenPerSignInHost: boolean;
  /** Console hosts are `<consoleRoot>` and, where regional, `<region>.<consoleRoot>`. */
  consoleRoot: string;
  regionalConsole: boolean;
  /** Other console pages (Health, Lightsail...). */
  otherConsoleHosts: string[];
  /** Cookie domain shared by the sign-in and console hosts. */
  cookieDomain: string;
  defaultRegion: string;
  region: RegExp;
}

export const PARTITIONS: Record<Partition, PartitionHosts> = {
  aws: {
    signinHost: 'signin.aws.amazon.com',
    regionalSignIn: true,
    consoleSignIn: 'bare',
    tokenPerSignInHost: false,
    consoleRoot: 'console.aws.amazon.com',
    regionalConsole: true,
    otherConsoleHosts: ['health.aws.amazon.com', 'lightsail.aws.amazon.com'],
    cookieDomain: '.aws.amazon.com',
    defaultRegion: 'us-east-1',
    // Commercial regions: not the GovCloud, China or EUSC ones.
    region: /^(?!us-gov-|cn-|eusc-)[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
  },
  'aws-us-gov': {
    signinHost: 'signin.amazonaws-us-gov.com',
    regionalSignIn: false,
    consoleSignIn: 'bare',
    tokenPerSignInHost: false,
    consoleRoot: 'console.amazonaws-us-gov.com',
    regionalConsole: true,
    otherConsoleHosts: ['phd.amazonaws-us-gov.com'],
    cookieDomain: '.amazonaws-us-gov.com',
    defaultRegion: 'us-gov-west-1',
    region: /^us-gov-[a-z]+-\d{1,2}$/,
  },
  'aws-cn': {
    signinHost: 'signin.amazonaws.cn',
    regionalSignIn: false,
    consoleSignIn: 'bare',
    tokenPerSignInHost: false,
    consoleRoot: 'console.amazonaws.cn',
    regionalConsole: true,
    otherConsoleHosts: ['health.amazonaws.cn'],
    cookieDomain: '.amazonaws.cn',
    defaultRegion: 'cn-north-1',
    region: /^cn-[a-z]+-\d{1,2}$/,
  },
  'aws-eusc': {
    signinHost: 'signin.amazonaws-eusc.eu',
    // The facts: regional console and sign-in hosts like aws; the classic POST is answered at
    // `<region>.signin.amazonaws-eusc.eu`, and a switcher that falls back to the bare host fails.
    regionalSignIn: true,
    consoleSignIn: 'regional',
    tokenPerSignInHost: true,
    consoleRoot: 'console.amazonaws-eusc.eu',
    regionalConsole: true,
    otherConsoleHosts: [],
    cookieDomain: '.amazonaws-eusc.eu',
    defaultRegion: 'eusc-de-east-1',
    region: /^eusc-[a-z]+-[a-z]+-\d{1,2}$/,
  },
};

export const PARTITION_NAMES = Object.keys(PARTITIONS) as Partition[];

/** The partition whose sign-in service answers on this host (aws and aws-eusc also on `<region>.signin...`). */
export function signinPartition(host: string): Partition | undefined {
  for (const partition of PARTITION_NAMES) {
    const hosts = PARTITIONS[partition];
    if (host === hosts.signinHost) return partition;
    const suffix = `.${hosts.signinHost}`;
    if (hosts.regionalSignIn && host.endsWith(suffix) && hosts.region.test(host.slice(0, -suffix.length))) return partition;
  }
  return undefined;
}

/** The sign-in host a console page in `region` names as its `signInEndpoint`. */
export function consoleSignInHost(partition: Partition, region: string): string {
  const hosts = PARTITIONS[partition];
  return hosts.consoleSignIn === 'regional' ? `${region}.${hosts.signinHost}` : hosts.signinHost;
}

export interface ConsoleHost {
  partition: Partition;
  /** The region named by the host, if any. */
  region?: string;
  /** Multi-session label `<accountId>-<8 lowercase alnum>`, split. */
  session?: { accountId: string; differentiator: string };
  /** Health, Lightsail, PHD: console pages outside the regional console. */
  other: boolean;
}

const SESSION_LABEL = /^(\d{12})-([a-z0-9]{8})$/;

export function parseConsoleHost(host: string): ConsoleHost | undefined {
  for (const partition of PARTITION_NAMES) {
    const hosts = PARTITIONS[partition];
    if (hosts.otherConsoleHosts.includes(host)) return { partition, other: true };
    if (host === hosts.consoleRoot) return { partition, other: false };
    const suffix = `.${hosts.consoleRoot}`;
    if (!hosts.regionalConsole || !host.endsWith(suffix)) continue;
    const labels = host.slice(0, -suffix.length).split('.');
    const region = labels.pop();
    if (!region || !hosts.region.test(region)) return undefined;
    if (labels.length === 0) return { partition, region, other: false };
    // Multi-session subdomains exist only in the aws partition.
    const session = labels.length === 1 && partition === 'aws' ? SESSION_LABEL.exec(labels[0] ?? '') : null;
    if (!session?.[1] || !session[2]) return undefined;
    return { partition, region, session: { accountId: session[1], differentiator: session[2] }, other: false };
  }
  return undefined;
}

/** An https URL on a console host of the given partition, or undefined. */
export function consoleUrlOf(value: string, partition: Partition): { url: URL; host: ConsoleHost } | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = parseConsoleHost(url.hostname);
  return host?.partition === partition ? { url, host } : undefined;
}

export function regionalConsoleHost(partition: Partition, region: string | null): string {
  const hosts = PARTITIONS[partition];
  return region && hosts.regionalConsole ? `${region}.${hosts.consoleRoot}` : hosts.consoleRoot;
}
