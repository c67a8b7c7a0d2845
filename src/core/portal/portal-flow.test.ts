// The core of issue #17 end to end, as the wiring will drive it: endpoints, planned requests sent
// (by path) to the sample portal, answers taken, the preview of the read, applied, and a refresh.
import { describe, expect, it } from 'vitest';
import { emptyStore, type StoreData } from '../store/schema';
import { portalEndpoints, requestPath, type PortalDialect, type PortalEndpoints } from './portal-api';
import { portalPreview, type PortalMemory } from './portal-diff';
import { DEFAULT_LABEL_RULE, parseLabelRule } from './portal-labels';
import { nextStep, startRead, takeAnswer, takeFailure, type ReadStep } from './portal-read';
import { sampleAccountId, samplePortal, type SampleAnswer } from './portal-sample';

const START = 'https://d-1234567890.awsapps.com/start';
const endpoints = (() => {
  const result = portalEndpoints(START, 'us-east-1');
  if ('error' in result) throw new Error(result.error.message);
  return result.value;
})();
const rule = parseLabelRule(DEFAULT_LABEL_RULE).value!;

/** A read against `portal`, a few requests at a time, as the wiring does it. */
function readPortal(portal: (path: string) => SampleAnswer, dialect: PortalDialect = 'assignment', at: PortalEndpoints = endpoints): { step: ReadStep; requests: number } {
  let state = startRead(dialect);
  let requests = 0;
  for (;;) {
    const step = nextStep(state, 6);
    if (step.kind !== 'requests') return { step, requests };
    for (const request of step.requests) {
      requests++;
      const answer = portal(requestPath(dialect, request));
      state = answer.status === 200 ? takeAnswer(state, request, answer.json) : takeFailure(state, answer.status, at.portalOrigin);
    }
  }
}

let n = 0;
function preview(step: ReadStep, current: StoreData, memory?: PortalMemory, now = 1_000) {
  if (step.kind !== 'done') throw new Error(step.kind === 'failed' ? step.issue.message : 'not finished');
  return portalPreview(step.read, current, { startUrl: START, partition: endpoints.partition, region: endpoints.region, rule, memory, now, newId: () => `id${++n}` });
}

describe('import from the portal, from read to refresh', () => {
  it('250 accounts × 3 permission sets, across pages, arrive in the preview and import', () => {
    const portal = samplePortal({ accounts: 250, permissionSets: ['AdministratorAccess', 'PowerUser', 'ReadOnly'], pageSize: 20, setPageSize: 2 });
    const { step, requests } = readPortal(portal);
    expect(requests).toBe(13 + 250 * 2);
    const first = preview(step, emptyStore());
    expect(first.counts).toMatchObject({ new: 750, changed: 0, removed: 0 });
    expect(first.result!.entries[0]).toMatchObject({
      label: 'Account 1 · AdministratorAccess', account: sampleAccountId(1), roleName: 'AdministratorAccess', region: 'us-east-1',
      sso: { startUrl: START, accountId: sampleAccountId(1), permissionSet: 'AdministratorAccess' },
    });
  });

  it('a refresh after the portal drops an account and adds one shows exactly those two differences', () => {
    const sets = ['Admin'];
    const first = preview(readPortal(samplePortal({ accounts: 250, permissionSets: sets, pageSize: 20 })).step, emptyStore());
    const saved = first.result!;
    const refreshed = samplePortal({ accounts: [...Array.from({ length: 250 }, (_, i) => i + 1).filter((a) => a !== 17), 251], permissionSets: sets, pageSize: 20 });
    const refresh = preview(readPortal(refreshed).step, saved, first.memory, 2_000);
    expect(refresh.rows.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.label}`)).toEqual(['new Account 251 · Admin', 'removed Account 17 · Admin']);
    expect(refresh.result!.entries).toHaveLength(251);
  });

  it('reads the portal page\'s own dialect the same way', () => {
    const { step } = readPortal(samplePortal({ accounts: 30, permissionSets: ['Admin', 'Dev'], dialect: 'appinstances', pageSize: 7 }), 'appinstances');
    expect(preview(step, emptyStore()).counts.new).toBe(60);
  });

  it('signed out, or a page that fails half-way: a clear message and nothing to save', () => {
    const signedOut = readPortal(() => ({ status: 401 }));
    expect(signedOut.step.kind === 'failed' && signedOut.step.issue.code).toBe('errPortalSignedOut');
    const portal = samplePortal({ accounts: 40, permissionSets: ['Admin'] });
    const halfWay = readPortal((path) => (path.includes(`account_id=${sampleAccountId(21)}`) ? { status: 503 } : portal(path)));
    expect(halfWay.step.kind === 'failed' && halfWay.step.issue.message).toBe('The access portal https://d-1234567890.awsapps.com did not answer (HTTP 503). Try again later. Nothing was imported.');
  });
});
