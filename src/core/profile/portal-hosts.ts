// IAM Identity Center access portals: the AWS CLI's own list of AWS-owned portal hosts (facts file,
// "~/.aws/config"). Every place that reads, checks or opens a start URL asks this module, so that
// an address accepted on import also opens, copies and exports the same way.
import { regionPartition, type Partition } from '../console/partition';

/** Host suffixes, each needing at least one whole label before it. GovCloud uses the aws ones. */
const PORTAL_SUFFIXES: ReadonlyArray<readonly [suffix: string, partition: Partition]> = [
  ['.awsapps.com', 'aws'],
  ['.portal.amazonaws.com', 'aws'],
  ['.app.aws', 'aws'],
  ['.awsapps.cn', 'aws-cn'],
  ['.portal.amazonaws.com.cn', 'aws-cn'],
  ['.app.amazonwebservices.com.cn', 'aws-cn'],
  ['.portal.amazonaws.eu', 'aws-eusc'],
  ['.api.amazonwebservices.eu', 'aws-eusc'],
];

/** Hosts accepted only exactly as written. */
const PORTAL_HOSTS: ReadonlyMap<string, Partition> = new Map([
  ['identitycenter.amazonaws.com', 'aws'],
  ['identitycenter.amazonaws.com.cn', 'aws-cn'],
]);

const LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** The partition whose portal host this is (by its name alone), or undefined for any other host. */
export function portalHostPartition(hostname: string): Partition | undefined {
  const host = hostname.toLowerCase();
  const exact = PORTAL_HOSTS.get(host);
  if (exact) return exact;
  for (const [suffix, partition] of PORTAL_SUFFIXES) {
    // The part before the suffix must be whole labels: `evilawsapps.com` ends with `awsapps.com` too.
    if (host.endsWith(suffix) && LABELS.test(host.slice(0, -suffix.length))) return partition;
  }
  return undefined;
}

function portalUrl(startUrl: string): URL | undefined {
  if (!URL.canParse(startUrl)) return undefined;
  const url = new URL(startUrl);
  const plain = url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
  return plain && portalHostPartition(url.hostname) ? url : undefined;
}

/** The portal origin of a start URL: https, no port, no user info, on an AWS-owned portal host. */
export function portalOrigin(startUrl: string): string | undefined {
  return portalUrl(startUrl)?.origin;
}

/** Where the portal's `/start` page lives above: the origin, plus the path for portals that keep
 *  their instance in it (`https://identitycenter.amazonaws.com/ssoins-…`), without a trailing
 *  `/start` or slashes. `https://d-1234567890.awsapps.com/start` gives its origin alone. */
export function portalBase(startUrl: string): string | undefined {
  const url = portalUrl(startUrl);
  return url && url.origin + url.pathname.replace(/\/+$/, '').replace(/\/start$/, '').replace(/\/+$/, '');
}

/** The region a portal host names: `<id>.<region>.portal.amazonaws.com` (and its cn and eu kin) or
 *  `<id>.portal.<region>.app.aws`. Older hosts (`d-1234567890.awsapps.com`) name none. */
export function portalRegion(startUrl: string): string | undefined {
  const url = portalUrl(startUrl);
  if (!url) return undefined;
  const named = /\.([a-z0-9-]+)\.portal\.amazonaws\.(?:com|com\.cn|eu)$/.exec(url.hostname)?.[1]
    ?? /\.portal\.([a-z0-9-]+)\.app\.aws$/.exec(url.hostname)?.[1];
  return named !== undefined && regionPartition(named) ? named : undefined;
}

/**
 * The partition of an Identity Center portal. A known region decides first; else the host's suffix,
 * except that GovCloud portals use the commercial host names, so there the region the host names
 * tells them apart. `aws` when nothing says.
 */
export function portalPartition(startUrl: string, region?: string): Partition {
  const fromRegion = region === undefined ? undefined : regionPartition(region);
  if (fromRegion) return fromRegion;
  const url = portalUrl(startUrl);
  const fromHost = url && portalHostPartition(url.hostname);
  if (fromHost !== 'aws') return fromHost ?? 'aws';
  const hostRegion = portalRegion(startUrl);
  return hostRegion !== undefined && regionPartition(hostRegion) === 'aws-us-gov' ? 'aws-us-gov' : 'aws';
}
