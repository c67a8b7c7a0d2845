// Identities, reports and entries for this folder's tests (imported by tests only).
import type { Identity } from '../console/identity';
import type { Entry } from '../store/schema';
import type { PageReport } from './session-list';

export const ACCOUNT = '123456789012';
export const OTHER = '210987654321';
const ENDPOINT = 'us-east-1.signin.aws.amazon.com';

export function user(differentiator?: string): Identity {
  const identity: Identity = { kind: 'iam-user', partition: 'aws', accountId: ACCOUNT, userName: 'alice', arn: `arn:aws:iam::${ACCOUNT}:user/alice` };
  if (differentiator !== undefined) identity.multiSession = { sessionDifferentiator: differentiator, signInEndpoint: ENDPOINT };
  return identity;
}

export function role(roleName: string, differentiator?: string, accountId = OTHER): Identity {
  const identity: Identity = { kind: 'assumed-role', partition: 'aws', accountId, roleName, userName: 'alice' };
  if (differentiator !== undefined) identity.multiSession = { sessionDifferentiator: differentiator, signInEndpoint: ENDPOINT };
  return identity;
}

export function report(tabId: number, seenAt: number, identity: Identity, region = 'us-east-1'): PageReport {
  return { tabId, seenAt, identity, region };
}

export function entry(id: string, roleName: string, extras: Partial<Entry> = {}): Entry {
  return { id, label: id, account: OTHER, roleName, rolePath: '/', partition: 'aws', ...extras };
}
