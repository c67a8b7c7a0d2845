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
 * When neither the address nor the page says the region (and the user typed none): the region the
 * last read of the same portal used (PortalMemory.region), a guess the read names if it fails. Not
 * the region of the user's Identity Center entries: an entry from an `sso_*` profile holds the
 * console region it opens in, not the portal's, and which entries came from a portal read cannot be
 * told from the entries. One not of the portal's partition is never used.
 */
export function rememberedRegion(startUrl: string, memories: ReadonlyArray<{ startUrl: string; region?: string }>): string | undefined {
  const base = portalBase(startUrl);
  if (base === undefined) return undefined;
  const fits = fitsPortal(startUrl);
  const memory = memories.find((m) => portalBase(m.startUrl) === base);
  return fits(memory?.region) ? memory.region : undefined;
}
