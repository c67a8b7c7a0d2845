import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../shared/json-text';
import type { PortalRequest } from './portal-api';
import { nextStep, startRead, statusIssue, takeAnswer, takeFailure, type PortalRead, type PortalReadState } from './portal-read';

const id = (n: number) => String(n).padStart(12, '0');

/** A stand-in portal in the documented dialect: `accounts` accounts in pages of `pageSize`, each
 *  with `sets` permission sets in pages of two. Tokens are page numbers. */
function fakePortal(accounts: number, sets: readonly string[], pageSize = 100) {
  const list = Array.from({ length: accounts }, (_, i) => ({ accountId: id(i + 1), accountName: `Account ${i + 1}` }));
  const asked: PortalRequest[] = [];
  const answer = (request: PortalRequest): unknown => {
    asked.push(request);
    const page = request.token === undefined ? 0 : Number(request.token);
    if (request.kind === 'accounts') {
      const more = (page + 1) * pageSize < list.length;
      return { accountList: list.slice(page * pageSize, (page + 1) * pageSize), ...(more && { nextToken: String(page + 1) }) };
    }
    const more = (page + 1) * 2 < sets.length;
    return { roleList: sets.slice(page * 2, page * 2 + 2).map((roleName) => ({ roleName, accountId: request.accountId })), ...(more && { nextToken: String(page + 1) }) };
  };
  return { answer, asked };
}

/** Runs a read to its end, sending up to `parallel` requests per round as a caller would. */
function run(state: PortalReadState, answer: (r: PortalRequest) => unknown, parallel = 4) {
  for (let round = 0; round < 100_000; round++) {
    const step = nextStep(state, parallel);
    if (step.kind !== 'requests') return { step, state };
    for (const request of step.requests) state = takeAnswer(state, request, answer(request));
  }
  throw new Error('the read never ended');
}

const done = (step: ReturnType<typeof nextStep>): PortalRead => {
  if (step.kind !== 'done') throw new Error(`not done: ${step.kind === 'failed' ? step.issue.message : 'still reading'}`);
  return step.read;
};

describe('a whole read of the portal', () => {
  it('follows both paginations to the end: 250 accounts × 3 permission sets', () => {
    const portal = fakePortal(250, ['Admin', 'Dev', 'ReadOnly'], 100);
    const { step, state } = run(startRead('assignment'), portal.answer);
    const read = done(step);
    expect(read.accounts).toHaveLength(250);
    expect(read.assignments).toHaveLength(750);
    expect(read.assignments.slice(0, 3).map((a) => [a.account.accountId, a.account.name, a.permissionSet]))
      .toEqual([[id(1), 'Account 1', 'Admin'], [id(1), 'Account 1', 'Dev'], [id(1), 'Account 1', 'ReadOnly']]);
    // 3 account pages, then 2 permission-set pages for each account; nothing asked twice.
    expect(state.pages).toBe(3 + 250 * 2);
    expect(portal.asked).toHaveLength(3 + 250 * 2);
    expect(portal.asked.slice(0, 3)).toEqual([{ kind: 'accounts' }, { kind: 'accounts', token: '1' }, { kind: 'accounts', token: '2' }]);
  });

  it('asks for permission sets only once the account list is complete, and at most as many at once as asked', () => {
    const portal = fakePortal(150, ['Admin'], 100);
    let state = startRead('assignment');
    expect(nextStep(state, 10)).toEqual({ kind: 'requests', requests: [{ kind: 'accounts' }] });
    state = takeAnswer(state, { kind: 'accounts' }, portal.answer({ kind: 'accounts' }));
    expect(nextStep(state, 10)).toEqual({ kind: 'requests', requests: [{ kind: 'accounts', token: '1' }] });
    state = takeAnswer(state, { kind: 'accounts', token: '1' }, portal.answer({ kind: 'accounts', token: '1' }));
    const step = nextStep(state, 10);
    expect(step.kind === 'requests' && step.requests).toEqual(Array.from({ length: 10 }, (_, i) => ({ kind: 'roles', accountId: id(i + 1) })));
  });

  it('ignores an answer to a request it did not plan (a repeat, an old token, an unknown account)', () => {
    const portal = fakePortal(2, ['Admin'], 1);
    let state = startRead('assignment');
    state = takeAnswer(state, { kind: 'accounts' }, portal.answer({ kind: 'accounts' }));
    expect(takeAnswer(state, { kind: 'accounts' }, portal.answer({ kind: 'accounts' }))).toBe(state);
    state = takeAnswer(state, { kind: 'accounts', token: '1' }, portal.answer({ kind: 'accounts', token: '1' }));
    expect(takeAnswer(state, { kind: 'roles', accountId: id(9) }, { roleList: [{ roleName: 'X' }] })).toBe(state);
    expect(takeAnswer(state, { kind: 'roles', accountId: id(1), token: 'old' }, { roleList: [{ roleName: 'X' }] })).toBe(state);
  });

  it('keeps the first listing of an account the portal lists on two pages', () => {
    let state = startRead('assignment');
    state = takeAnswer(state, { kind: 'accounts' }, { accountList: [{ accountId: id(1), accountName: 'First' }], nextToken: 'b' });
    state = takeAnswer(state, { kind: 'accounts', token: 'b' }, { accountList: [{ accountId: id(1), accountName: 'Again' }] });
    const { step } = run(state, () => ({ roleList: [{ roleName: 'Admin' }] }));
    const read = done(step);
    expect(read.accounts).toEqual([{ accountId: id(1), name: 'First' }]);
    expect(read.warnings.map((w) => w.code)).toEqual(['warnPortalAccountDuplicate']);
  });

  it('says which accounts have no permission set; they make no entry', () => {
    const { step } = run(startRead('assignment'), (r) => (r.kind === 'accounts'
      ? { accountList: [{ accountId: id(1) }, { accountId: id(2) }] }
      : { roleList: r.accountId === id(1) ? [{ roleName: 'Admin' }] : [] }));
    const read = done(step);
    expect(read.assignments.map((a) => a.account.accountId)).toEqual([id(1)]);
    expect(read.warnings.map((w) => w.message)).toEqual(['Account 000000000002 has no permission set you may use, so no entry is made for it.']);
  });

  it('a portal with no account for the user is a finished read that says so', () => {
    const read = done(run(startRead('assignment'), () => ({ accountList: [] })).step);
    expect([read.assignments, read.warnings.map((w) => w.code)]).toEqual([[], ['warnPortalNoAccounts']]);
  });

  it('reads the portal page\'s own dialect, asking for each account\'s permission sets by its app instance', () => {
    const asked: PortalRequest[] = [];
    const { step } = run(startRead('appinstances'), (r) => {
      asked.push(r);
      return r.kind === 'accounts'
        ? { result: [{ id: 'ins-aaaa', searchMetadata: { AccountId: id(7), AccountName: 'Seven' } }, { id: 'ins-app', searchMetadata: null }] }
        : { result: [{ name: 'PowerUser' }] };
    });
    expect(done(step).assignments.map((a) => [a.account.name, a.permissionSet])).toEqual([['Seven', 'PowerUser']]);
    expect(asked[1]).toEqual({ kind: 'roles', accountId: id(7), instanceId: 'ins-aaaa' });
  });
});

describe('a read that must stop: nothing half-read is given back', () => {
  const failedWith = (step: ReturnType<typeof nextStep>) => (step.kind === 'failed' ? step.issue.code : step.kind);

  it('a page token that comes round again (the portal sending us in a circle)', () => {
    const tokens: Record<string, string> = { start: 'a', a: 'b', b: 'a' };
    const { step } = run(startRead('assignment'), (r) => ({ accountList: [], nextToken: tokens[r.token ?? 'start'] }));
    expect(failedWith(step)).toBe('errPortalTokenLoop');
    const self = run(startRead('assignment'), (r) => ({ accountList: [], nextToken: r.token ?? 'same' }));
    expect(failedWith(self.step)).toBe('errPortalTokenLoop');
    const roles = run(startRead('assignment'), (r) => (r.kind === 'accounts' ? { accountList: [{ accountId: id(1) }] } : { roleList: [], nextToken: r.token ?? 'x' }));
    expect(failedWith(roles.step)).toBe('errPortalTokenLoop');
    expect(roles.step.kind === 'failed' && roles.step.issue.message).toContain('permission sets of 000000000001');
  });

  it('a portal whose pages never end stops at the page bound', () => {
    const { step, state } = run(startRead('assignment', { maxPages: 50, maxAccounts: 10_000 }), (r) => ({ accountList: [], nextToken: `${Number(r.token ?? 0) + 1}` }));
    expect(failedWith(step)).toBe('errPortalTooManyPages');
    expect(state.pages).toBe(50);
  });

  it('more accounts than the bound', () => {
    const portal = fakePortal(30, ['Admin'], 10);
    expect(failedWith(run(startRead('assignment', { maxPages: 1000, maxAccounts: 25 }), portal.answer).step)).toBe('errPortalTooManyAccounts');
  });

  it('a page whose shape changed half-way, after others were read', () => {
    const portal = fakePortal(5, ['Admin'], 100);
    const { step, state } = run(startRead('assignment'), (r) => (r.kind === 'roles' && r.accountId === id(3) ? { roles: [] } : portal.answer(r)));
    expect(failedWith(step)).toBe('errPortalShape');
    // Once failed, later answers change nothing.
    expect(takeAnswer(state, { kind: 'roles', accountId: id(4) }, { roleList: [] })).toBe(state);
  });

  it('an answer that is not JSON at all (a sign-in page served with 200)', () => {
    const state = takeAnswer(startRead('assignment'), { kind: 'accounts' }, parseJsonText('<!doctype html><title>Sign in</title>'));
    const step = nextStep(state);
    expect(step.kind === 'failed' && step.issue.message).toBe("The access portal's answer to “accounts” is not what Switchyard expects: the portal may have changed. Nothing was imported.");
  });

  it('a refused request says what happened and what to do', () => {
    const origin = 'https://d-1234567890.awsapps.com';
    const state = takeFailure(startRead('assignment'), 401, origin);
    const step = nextStep(state);
    expect(step.kind === 'failed' && step.issue.message).toBe(
      'You are not signed in to the access portal https://d-1234567890.awsapps.com, or your session there has ended. Sign in to the portal, then try again. Nothing was imported.');
    expect([403, 429, 500, 0].map((s) => statusIssue(s, origin).code)).toEqual(['errPortalRefused', 'errPortalThrottled', 'errPortalUnavailable', 'errPortalUnavailable']);
    // The first failure is the one reported.
    expect(takeFailure(state, 500, origin)).toBe(state);
  });
});
