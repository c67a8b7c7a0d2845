// The manifest's host patterns and core/console/partition.ts (the facts file's host table) must agree: no
// pattern for a host the facts do not have, and no host of the facts that the extension misses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTITIONS, parseConsoleHost, parseSignInHost, partitionDomain, regionPartition, type Partition } from '../core/console/partition';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: Array<{ js: string[]; matches: string[] }>;
  host_permissions: string[];
};

/** One region of each partition, from the facts file. */
const REGION: Record<Partition, string> = { aws: 'eu-west-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1', 'aws-eusc': 'eusc-de-east-1' };

const scriptMatches = (file: string) => manifest.content_scripts.find((script) => script.js.includes(file))?.matches ?? [];
const PATTERNS = {
  console: [...scriptMatches('src/content/console.ts'), ...scriptMatches('src/content/page-probe.ts')],
  signIn: scriptMatches('src/content/signin.ts'),
  hosts: manifest.host_permissions,
};

function split(pattern: string): { host: string; path: string } {
  const match = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`not an https match pattern: ${pattern}`);
  return { host: match[1]!, path: match[2]! };
}

/** The hosts a pattern stands for: itself, or for `*.x` each partition's region in place of `*`. */
function hostsOf(pattern: string): string[] {
  const { host } = split(pattern);
  if (!host.startsWith('*.')) return [host];
  return PARTITIONS.map((partition) => `${REGION[partition]}.${host.slice(2)}`);
}

const isConsole = (host: string) => parseConsoleHost(host) !== undefined;
const isSignIn = (host: string) => parseSignInHost(host) !== undefined;
/** Some substitution of the pattern is a host of the facts (a wildcard over no real host fails). */
const named = (pattern: string, accepts: (host: string) => boolean) => hostsOf(pattern).some(accepts);

/** Chrome's match: `*.x` covers x and every subdomain of x; the path is a glob. */
function covers(pattern: string, url: URL): boolean {
  const { host, path } = split(pattern);
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.?+^$|()[\]{}\\]/g, '\\$&')).join('.*')}$`);
  return url.protocol === 'https:' && hostOk && glob.test(url.pathname + url.search);
}

/** The facts file's table ("Partitions and hosts"), `R` standing for a region of the partition. */
const FACTS: Record<Partition, { console: string[]; signIn: string[] }> = {
  aws: {
    console: ['console.aws.amazon.com', 'R.console.aws.amazon.com', '123456789012-abcd1234.R.console.aws.amazon.com', 'health.aws.amazon.com', 'lightsail.aws.amazon.com'],
    signIn: ['signin.aws.amazon.com', 'R.signin.aws.amazon.com'],
  },
  'aws-us-gov': { console: ['console.amazonaws-us-gov.com', 'R.console.amazonaws-us-gov.com', 'phd.amazonaws-us-gov.com'], signIn: ['signin.amazonaws-us-gov.com'] },
  'aws-cn': { console: ['console.amazonaws.cn', 'R.console.amazonaws.cn', 'health.amazonaws.cn'], signIn: ['signin.amazonaws.cn'] },
  'aws-eusc': { console: ['console.amazonaws-eusc.eu', 'R.console.amazonaws-eusc.eu'], signIn: ['signin.amazonaws-eusc.eu', 'R.signin.amazonaws-eusc.eu'] },
};

function factHosts(partition: Partition): { console: string[]; signIn: string[] } {
  const region = REGION[partition];
  const fill = (hosts: string[]) => hosts.map((host) => host.replace(/^(?:(.+)\.)?R\./, (_, session?: string) => `${session ? `${session}.` : ''}${region}.`));
  return { console: fill(FACTS[partition].console), signIn: fill(FACTS[partition].signIn) };
}

describe.each(PARTITIONS)('core/console/partition.ts knows the hosts of %s that the facts file has, and no others', (partition) => {
  const domain = partitionDomain(partition);
  const region = REGION[partition];
  const hosts = factHosts(partition);
  it('its region sample is of the partition', () => expect(regionPartition(region)).toBe(partition));
  const consoleCandidates = [
    `console.${domain}`, `${region}.console.${domain}`, `123456789012-abcd1234.${region}.console.${domain}`,
    `health.${domain}`, `lightsail.${domain}`, `phd.${domain}`, `signin.${domain}`,
  ];
  it.each(consoleCandidates)('console host %s', (host) => expect(isConsole(host)).toBe(hosts.console.includes(host)));
  it.each([`signin.${domain}`, `${region}.signin.${domain}`, `console.${domain}`])('sign-in host %s', (host) =>
    expect(isSignIn(host)).toBe(hosts.signIn.includes(host)));
});

describe('manifest host patterns name only hosts the facts have', () => {
  it.each(PATTERNS.console)('console script pattern %s is a console host', (pattern) => expect(named(pattern, isConsole)).toBe(true));
  it.each(PATTERNS.signIn)('sign-in script pattern %s is a sign-in host', (pattern) => expect(named(pattern, isSignIn)).toBe(true));
  it.each(PATTERNS.hosts)('host permission %s is a console or sign-in host', (pattern) =>
    expect(named(pattern, (host) => isConsole(host) || isSignIn(host))).toBe(true));
  it('the check itself refuses a host the facts do not have', () => {
    expect(named('https://*.phd.amazonaws-us-gov.com/*', isConsole)).toBe(false);
    expect(named('https://*.signin.amazonaws.cn/*', isSignIn)).toBe(false);
    expect(named('https://health.amazonaws-eusc.eu/*', isConsole)).toBe(false);
  });
});

describe.each(PARTITIONS)('every host of %s is covered by the manifest', (partition) => {
  const hosts = factHosts(partition);
  it.each(hosts.console)('console page %s: content scripts and host permission', (host) => {
    const url = new URL(`https://${host}/console/home?region=${REGION[partition]}`);
    for (const patterns of [scriptMatches('src/content/console.ts'), scriptMatches('src/content/page-probe.ts'), PATTERNS.hosts]) {
      expect(patterns.some((pattern) => covers(pattern, url))).toBe(true);
    }
  });
  it.each(hosts.signIn)('sign-in host %s: the switch-page script and host permission', (host) => {
    const url = new URL(`https://${host}/switchrole?account=123456789012&roleName=Admin`);
    expect(PATTERNS.signIn.some((pattern) => covers(pattern, url))).toBe(true);
    expect(PATTERNS.hosts.some((pattern) => covers(pattern, url))).toBe(true);
  });
});
