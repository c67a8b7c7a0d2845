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
      [roles.prodAdmin.id]: { count: 42, lastUsed: now - 3 * 60 * MINUTE },
      [roles.development.id]: { count: 14, lastUsed: now - 25 * MINUTE },
      [roles.audit.id]: { count: 3, lastUsed: now - 26 * 60 * MINUTE },
    },
    groups: { Production: { production: true } },
  };
}

/** The ~/.aws/config of the import step: Identity Center sign-in with roles chained from it, one
 *  role already saved (changed: it now names its base account), one saved as it is, two new. */
export const sampleAwsConfig = `[sso-session acme]
sso_start_url = https://d-9067a1b2c3.awsapps.com/start
sso_region = eu-west-1

[profile acme-login]
sso_session = acme
sso_account_id = 111122223333
sso_role_name = PlatformEngineer
region = eu-west-1

[profile prod-admin]
role_arn = arn:aws:iam::123456789012:role/Admin
source_profile = acme-login
region = eu-west-1

[profile staging]
role_arn = arn:aws:iam::345678901234:role/Developer
source_profile = acme-login
region = eu-central-1

[profile dev-power]
sso_session = acme
sso_account_id = 210987654321
sso_role_name = PowerUser
region = ap-northeast-1

[profile gov]
role_arn = arn:aws-us-gov:iam::777788889999:role/GovAdmin
region = us-gov-west-1
`;
