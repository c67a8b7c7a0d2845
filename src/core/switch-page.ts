// The console's own switch-role page, as a link: what every switch falls back to. Apart from
// switch-request.ts (the requests and their errors) so that the popup, which only needs this link,
// loads none of that.
import { landingUrl } from './landing-url';
import { signInHost } from './partition';
import { roleNameForSwitch, switchDisplayName, type Profile } from './profile';

/** The console's own "Switch role" page, pre-filled; works from any tab. */
export function switchPageUrl(profile: Profile, currentUrl?: string): string {
  const query = new URLSearchParams([
    ['account', profile.account],
    ['roleName', roleNameForSwitch(profile)],
    ['displayName', switchDisplayName(profile)],
    ['color', profile.color ?? ''],
    ['redirect_uri', landingUrl(profile, currentUrl)],
  ]);
  return `https://${signInHost(profile.partition)}/switchrole?${query.toString()}`;
}
