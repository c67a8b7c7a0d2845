// The demo's sample roles: what a person working across a few AWS accounts would keep, with
// groups, favourites and recent use, so the popup and the screenshots look like real use.
import { profile } from '../e2e/fixtures';

const MINUTE = 60_000;

export const roles = {
  prodAdmin: profile({ label: 'Production admin', account: '123456789012', roleName: 'Admin', color: 'f2b0a9', region: 'eu-west-1', displayName: 'PROD admin', group: 'Production' }),
  prodReadOnly: profile({ label: 'Production read-only', account: 'switchyard-prod', rolePath: '/ops/', roleName: 'ReadOnly', color: 'fbc8aa', group: 'Production' }),
  development: profile({ label: 'Development', account: '210987654321', roleName: 'Developer', color: '83d4e8', region: 'us-west-2', group: 'Development' }),
  audit: profile({ label: 'Audit', account: '012345678901', roleName: 'Auditor', color: 'b7ca9d', group: 'Security' }),
  breakGlass: profile({ label: 'Break glass (not trusted)', account: '123456789012', roleName: 'BreakGlass', color: 'efda95', group: 'Security' }),
  govAdmin: profile({ label: 'GovCloud admin', account: '777788889999', roleName: 'GovAdmin', partition: 'aws-us-gov', region: 'us-gov-west-1', group: 'GovCloud' }),
};

/** The store the demo starts from: favourites first in the popup, then recently used, then groups.
 *  The "Production" group frames every console page signed in to one of its roles. */
export function sampleStore(now = Date.now()) {
  return {
    entries: Object.values(roles),
    favourites: [roles.prodAdmin.id, roles.development.id],
    usage: {
      [roles.development.id]: { count: 14, lastUsed: now - 25 * MINUTE },
      [roles.audit.id]: { count: 3, lastUsed: now - 26 * 60 * MINUTE },
    },
    groups: { Production: { production: true } },
  };
}
