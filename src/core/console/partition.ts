export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn' | 'aws-eusc';

export const PARTITIONS: readonly Partition[] = ['aws', 'aws-us-gov', 'aws-cn', 'aws-eusc'];

/** Region names like us-east-1, ap-northeast-1, us-gov-west-1, cn-north-1, eusc-de-east-1. */
export const REGION_PATTERN = /^[a-z]{2,4}(?:-[a-z]+){1,3}-\d{1,2}$/;
const ISO_REGION = /^[a-z]+-iso/;

interface PartitionHosts {
  domain: string;
  regionalConsole: boolean;
  // Only the hosts the facts file lists are accepted: anything wider would let a look-alike pass.
  regionalSignIn: boolean;
  multiSession: boolean;
  otherPages: readonly string[];
}

const HOSTS: Record<Partition, PartitionHosts> = {
  aws: { domain: 'aws.amazon.com', regionalConsole: true, regionalSignIn: true, multiSession: true, otherPages: ['health', 'lightsail'] },
  'aws-us-gov': { domain: 'amazonaws-us-gov.com', regionalConsole: true, regionalSignIn: false, multiSession: false, otherPages: ['phd'] },
  'aws-cn': { domain: 'amazonaws.cn', regionalConsole: true, regionalSignIn: false, multiSession: false, otherPages: ['health'] },
  // The European Sovereign Cloud is regional like aws (its SDKs sign in at <region>.signin...), but
  // the facts give it no multi-session console.
  'aws-eusc': { domain: 'amazonaws-eusc.eu', regionalConsole: true, regionalSignIn: true, multiSession: false, otherPages: [] },
};

export function isPartition(value: string): value is Partition {
  return (PARTITIONS as readonly string[]).includes(value);
}

/** The DNS domain that all of a partition's console and sign-in hosts live under. */
export function partitionDomain(partition: Partition): string {
  return HOSTS[partition].domain;
}

/** Which partition a region belongs to; undefined for a malformed or unsupported (ISO) region. */
export function regionPartition(region: string): Partition | undefined {
  if (!REGION_PATTERN.test(region)) return undefined;
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  if (ISO_REGION.test(region)) return undefined;
  return 'aws';
}

export function isRegionOf(region: string, partition: Partition): boolean {
  return regionPartition(region) === partition;
}

export function signInHost(partition: Partition): string {
  return `signin.${HOSTS[partition].domain}`;
}

/** A region that is malformed or of another partition is ignored rather than put into a host name. */
export function consoleHost(partition: Partition, region?: string): string {
  const { domain, regionalConsole } = HOSTS[partition];
  if (region !== undefined && regionalConsole && isRegionOf(region, partition)) return `${region}.console.${domain}`;
  return `console.${domain}`;
}

export interface ConsoleHostInfo {
  partition: Partition;
  region?: string;
  multiSession?: { accountId: string; sessionLabel: string };
  /** Set for console pages outside the console host itself, e.g. 'health', 'lightsail', 'phd'. */
  page?: string;
}

/** Splits a host into its partition and the labels before the partition's domain. */
function splitHost(hostname: string): { partition: Partition; labels: string[] } | undefined {
  const host = hostname.toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host)) return undefined;
  for (const partition of PARTITIONS) {
    const suffix = `.${HOSTS[partition].domain}`;
    if (host.endsWith(suffix)) return { partition, labels: host.slice(0, -suffix.length).split('.') };
  }
  return undefined;
}

const SESSION_LABEL = /^(\d{12})-([a-z0-9]{8})$/;

export function parseConsoleHost(hostname: string): ConsoleHostInfo | undefined {
  const split = splitHost(hostname);
  if (!split) return undefined;
  const { partition, labels } = split;
  const hosts = HOSTS[partition];
  const [a = '', b, c, d] = labels;
  if (d !== undefined) return undefined;
  if (b === undefined) {
    if (a === 'console') return { partition };
    return hosts.otherPages.includes(a) ? { partition, page: a } : undefined;
  }
  if (c === undefined) {
    return b === 'console' && hosts.regionalConsole && isRegionOf(a, partition) ? { partition, region: a } : undefined;
  }
  const session = SESSION_LABEL.exec(a);
  if (!session || c !== 'console' || !hosts.multiSession || !isRegionOf(b, partition)) return undefined;
  return { partition, region: b, multiSession: { accountId: session[1]!, sessionLabel: session[2]! } };
}

export function parseSignInHost(hostname: string): { partition: Partition; region?: string } | undefined {
  const split = splitHost(hostname);
  if (!split) return undefined;
  const { partition, labels } = split;
  const [a = '', b, c] = labels;
  if (b === undefined) return a === 'signin' ? { partition } : undefined;
  if (c !== undefined || b !== 'signin' || !HOSTS[partition].regionalSignIn || !isRegionOf(a, partition)) return undefined;
  return { partition, region: a };
}

/** An https URL without port or user info, or undefined. */
function parseHttpsUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed;
}

/** The console host an address is on, if any (none for an unparsable address): for a tab's url. */
export function consoleHostOfUrl(url: string | undefined): ConsoleHostInfo | undefined {
  try {
    return url ? parseConsoleHost(new URL(url).hostname) : undefined;
  } catch {
    return undefined;
  }
}

export function isConsoleUrlOf(url: string, partition: Partition): boolean {
  const parsed = parseHttpsUrl(url);
  return parsed !== undefined && parseConsoleHost(parsed.hostname)?.partition === partition;
}

/** The parsed URL and its host info when `url` is a console URL of `partition`. */
export function parseConsoleUrl(url: string, partition: Partition): { url: URL; info: ConsoleHostInfo } | undefined {
  const parsed = parseHttpsUrl(url);
  const info = parsed && parseConsoleHost(parsed.hostname);
  return parsed && info?.partition === partition ? { url: parsed, info } : undefined;
}

/**
 * The sign-in host named by `endpoint` (a bare host like the console's session data gives, or an
 * https URL) and its partition; undefined when it is not a sign-in host of any partition.
 */
export function parseSignInEndpoint(endpoint: string | undefined): { host: string; partition: Partition; region?: string } | undefined {
  const text = endpoint?.trim() ?? '';
  if (text === '') return undefined;
  const parsed = parseHttpsUrl(text.includes('://') ? text : `https://${text}`);
  const info = parsed && parseSignInHost(parsed.hostname);
  return parsed && info ? { host: parsed.hostname, ...info } : undefined;
}

/** The sign-in host named by `endpoint` when it is a sign-in host of `partition`; undefined otherwise. */
export function signInHostFrom(endpoint: string | undefined, partition: Partition): string | undefined {
  const found = parseSignInEndpoint(endpoint);
  return found?.partition === partition ? found.host : undefined;
}

/** `<region>.signin.<domain>` when the partition has regional sign-in hosts and the region is its own. */
export function regionalSignInHost(partition: Partition, region: string | undefined): string | undefined {
  const { domain, regionalSignIn } = HOSTS[partition];
  return region !== undefined && regionalSignIn && isRegionOf(region, partition) ? `${region}.signin.${domain}` : undefined;
}
