// The region of an `*.awsapps.com` portal, which its address does not say, as its own page says it
// (observed, undocumented: /work/notes/portal-api.md §2): the page's `#env` element holds JSON with
// `region` (and `partition`); older pages had `<meta name="region" content="…">`. The caller reads
// those two texts from the signed-in portal page and hands them here; a value is used only if it is
// a region of the portal's partition, so a page cannot steer the read to another host.
import { regionPartition } from '../console/partition';
import { portalBase, portalPartition } from '../profile/portal-hosts';
import { parseJsonText } from '../shared/json-text';
import { isObject } from '../shared/is-object';

/** More than this is not the small settings object the page keeps there. */
const MAX_ENV_TEXT = 64 * 1024;

/** Whether `region` is a region of the portal's partition. */
function fitsPortal(startUrl: string): (region: unknown) => region is string {
  const partition = portalPartition(startUrl);
  return (region: unknown): region is string => {
    if (typeof region !== 'string') return false;
    const of = regionPartition(region);
    // GovCloud portals use the commercial host names.
    return of !== undefined && (of === partition || (partition === 'aws' && of === 'aws-us-gov'));
  };
}

export function portalPageRegion(startUrl: string, page: { envText?: string | null; metaRegion?: string | null }): string | undefined {
  const fits = fitsPortal(startUrl);
  const env = typeof page.envText === 'string' && page.envText.length <= MAX_ENV_TEXT ? parseJsonText(page.envText) : undefined;
  const fromEnv = isObject(env) && Object.prototype.hasOwnProperty.call(env, 'region') ? env.region : undefined;
  if (fits(fromEnv)) return fromEnv;
  const meta = page.metaRegion?.trim();
  return fits(meta) ? meta : undefined;
}

/**
 * When neither the address nor the page says the region (and the user typed none): the region of
 * the user's Identity Center entries of the same portal (design17), before the user is asked. An
 * entry read from this portal has the portal's region; one from an `sso_*` profile has the
 * profile's, most often the same. The one most entries have wins; one not of the portal's
 * partition is never used.
 */
export function portalEntriesRegion(startUrl: string, entries: ReadonlyArray<{ region?: string; sso?: { startUrl: string } }>): string | undefined {
  const base = portalBase(startUrl);
  if (base === undefined) return undefined;
  const fits = fitsPortal(startUrl);
  const bases = new Map<string, string | undefined>();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.sso || !fits(entry.region)) continue;
    const url = entry.sso.startUrl;
    if (!bases.has(url)) bases.set(url, portalBase(url));
    if (bases.get(url) === base) counts.set(entry.region, (counts.get(entry.region) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [region, count] of counts) if (best === undefined || count > counts.get(best)!) best = region;
  return best;
}
