// What the simulated AWS knows when a test does not say otherwise.
import type { Partition, SimBase, SimRole } from './types';

export const DEFAULT_BASES: Record<Partition, SimBase> = {
  aws: { accountId: '111122223333', userName: 'alice' },
  'aws-us-gov': { accountId: '444455556666', userName: 'alice' },
  'aws-cn': { accountId: '555566667777', userName: 'alice' },
  'aws-eusc': { accountId: '666677778888', userName: 'alice' },
};

export const DEFAULT_ROLES: SimRole[] = [
  { accountId: '123456789012', alias: 'switchyard-prod', name: 'Admin' },
  { accountId: '123456789012', alias: 'switchyard-prod', path: '/ops/', name: 'ReadOnly' },
  { accountId: '210987654321', name: 'Developer' },
  // A leading zero: account ids are strings.
  { accountId: '012345678901', name: 'Auditor' },
  { accountId: '210987654321', name: 'AWSReservedSSO_PowerUser_0123456789abcdef' },
  // Exists, but its trust policy does not name the base user.
  { accountId: '123456789012', alias: 'switchyard-prod', name: 'BreakGlass', assumable: false },
  { partition: 'aws-us-gov', accountId: '777788889999', name: 'GovAdmin' },
  { partition: 'aws-cn', accountId: '888899990000', name: 'CnReadOnly' },
  { partition: 'aws-eusc', accountId: '999900001111', name: 'EuscOperator' },
];
