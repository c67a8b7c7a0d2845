// Which sign-in host a console page's switch goes to: one chain for every partition (facts file,
// "Partitions and hosts"). Pages may omit the endpoint (a 2025 console update did), and a switcher
// that then fell back to the bare sign-in host broke on the regional ESC consoles in 2026: so the
// page's region is tried before the partition's default.
import { isRegionOf, parseConsoleUrl, regionalSignInHost, signInHost, signInHostFrom, type Partition } from '../console/partition';

/** What a console page says about its sign-in service: untrusted text, any of it may be missing. */
export interface SignInClues {
  /** `awsc-session-data`'s signInEndpoint, else `#awsc-signin-endpoint`'s content. */
  signInEndpoint?: string;
  /** `awsc-session-data`'s infrastructureRegion. */
  infrastructureRegion?: string;
  /** The console page's URL (its host may carry the region). */
  pageUrl?: string;
}

/** The page's region when it is one of the partition's: infrastructureRegion, else the host's. */
function regionOfPage(partition: Partition, page: SignInClues): string | undefined {
  if (page.infrastructureRegion !== undefined && isRegionOf(page.infrastructureRegion, partition)) return page.infrastructureRegion;
  return page.pageUrl === undefined ? undefined : parseConsoleUrl(page.pageUrl, partition)?.info.region;
}

/**
 * The page's own signInEndpoint when it names a sign-in host of the partition; else the regional
 * sign-in host of the page's region, where the partition has them; else the partition's default.
 */
export function signInHostFor(partition: Partition, page: SignInClues = {}): string {
  return signInHostFrom(page.signInEndpoint, partition)
    ?? regionalSignInHost(partition, regionOfPage(partition, page))
    ?? signInHost(partition);
}
