// The console's own switch-role page, as a link: what every switch falls back to. Apart from
// switch-request.ts (the requests and their errors) so that the popup, which only needs this link,
// loads none of that.
import { landingUrl } from './landing-url';
import { roleNameForSwitch, switchDisplayName, type Profile } from '../profile/profile';
import { signInHostFor } from './sign-in-host';

/** The console's own "Switch role" page, pre-filled; works from any tab. From a console page of the
 *  profile's partition, on the sign-in host of that page's region (core/switch/sign-in-host.ts). */
export function switchPageUrl(profile: Profile, currentUrl?: string): string {
  const query = new URLSearchParams([
    ['account', profile.account],
    ['roleName', roleNameForSwitch(profile)],
    ['displayName', switchDisplayName(profile)],
    ['color', profile.color ?? ''],
    ['redirect_uri', landingUrl(profile, currentUrl)],
  ]);
  return `https://${signInHostFor(profile.partition, { pageUrl: currentUrl })}/switchrole?${query.toString()}`;
}
