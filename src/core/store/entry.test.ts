import { describe, expect, it } from 'vitest';
import { withRoleFields } from './entry';
import type { Entry } from './schema';

const before: Entry = { id: 'e1', label: 'Old', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws', displayName: 'Shown', region: 'us-east-1', group: 'Prod', production: true };

describe('withRoleFields', () => {
  it('drops an optional role field the user cleared instead of keeping the old value', () => {
    const after = withRoleFields(before, { label: 'New', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' }, 'e1', 5);
    expect(after.displayName).toBeUndefined();
    expect(after.region).toBeUndefined();
    expect(after.label).toBe('New');
  });

  it('keeps what is not a role field: group, production flag, id; stamps the change time', () => {
    const after = withRoleFields(before, { label: 'New', account: '123456789012', roleName: 'Admin', rolePath: '/', partition: 'aws' }, 'e1', 5);
    expect(after).toMatchObject({ id: 'e1', group: 'Prod', production: true, updatedAt: 5 });
  });
});
