import type { Profile } from '../profile/profile';
import type { Entry } from './schema';

const ROLE_FIELDS = ['label', 'account', 'roleName', 'rolePath', 'partition', 'displayName', 'color', 'region'] as const;

/**
 * An entry whose role fields are exactly `fields` (an optional field the user cleared is gone, not
 * kept from before) and whose other properties (group, favourites' id, SSO, …) are kept.
 */
export function withRoleFields(previous: Entry | undefined, fields: Omit<Profile, 'id'>, id: string, now = Date.now()): Entry {
  const kept: Partial<Entry> = { ...previous };
  for (const field of ROLE_FIELDS) delete kept[field];
  return { ...kept, ...fields, id, updatedAt: now };
}
