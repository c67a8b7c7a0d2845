// The region of an `*.awsapps.com` portal, which its address does not say, as its own page says it
// (observed, undocumented: /work/notes/portal-api.md §2): the page's `#env` element holds JSON with
// `region` (and `partition`); older pages had `<meta name="region" content="…">`. The caller reads
// those two texts from the signed-in portal page and hands them here; a value is used only if it is
// a region of the portal's partition, so a page cannot steer the read to another host.
import { regionPartition } from '../console/partition';
import { portalPartition } from '../profile/portal-hosts';
import { parseJsonText } from '../shared/json-text';
import { isObject } from '../shared/is-object';

/** More than this is not the small settings object the page keeps there. */
const MAX_ENV_TEXT = 64 * 1024;

export function portalPageRegion(startUrl: string, page: { envText?: string | null; metaRegion?: string | null }): string | undefined {
  const partition = portalPartition(startUrl);
  const fits = (region: unknown): region is string => {
    if (typeof region !== 'string') return false;
    const of = regionPartition(region);
    // GovCloud portals use the commercial host names.
    return of !== undefined && (of === partition || (partition === 'aws' && of === 'aws-us-gov'));
  };
  const env = typeof page.envText === 'string' && page.envText.length <= MAX_ENV_TEXT ? parseJsonText(page.envText) : undefined;
  const fromEnv = isObject(env) && Object.prototype.hasOwnProperty.call(env, 'region') ? env.region : undefined;
  if (fits(fromEnv)) return fromEnv;
  const meta = page.metaRegion?.trim();
  return fits(meta) ? meta : undefined;
}
