import { describe, expect, it } from 'vitest';
import { interpretMultiSessionReply } from './multi-session-reply';

const dest = 'https://123456789012-wxyz9876.eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1';
const reply = (status: number, body: unknown, partition = 'aws' as const) =>
  interpretMultiSessionReply(status, typeof body === 'string' ? body : JSON.stringify(body), partition);

describe('interpretMultiSessionReply', () => {
  it('accepts a console destination of the same partition', () =>
    expect(reply(200, { destination: dest })).toEqual({ ok: true, destination: dest }));
  it('accepts a destination in each partition', () => {
    expect(interpretMultiSessionReply(200, JSON.stringify({ destination: 'https://console.amazonaws.cn/x' }), 'aws-cn').ok).toBe(true);
    expect(interpretMultiSessionReply(200, JSON.stringify({ destination: 'https://console.amazonaws-eusc.eu/' }), 'aws-eusc').ok).toBe(true);
  });
  it('treats {"errorCode":"UNAUTHORIZED"} with HTTP 200 as refused, with advice a person can act on', () => {
    const r = reply(200, { errorCode: 'UNAUTHORIZED' });
    expect(r).toMatchObject({ ok: false, reason: 'unauthorized', issue: { code: 'errSwitchUnauthorized' } });
    expect(!r.ok && r.issue.message).toMatch(/role-name case.*trust policy.*MFA/);
  });
  it('treats any other error code as refused and shows the code', () =>
    expect(reply(200, { errorCode: 'SOMETHING_NEW', destination: dest })).toMatchObject(
      { ok: false, reason: 'unauthorized', issue: { code: 'errSwitchRefused', params: ['SOMETHING_NEW'] } }));
  it('ignores an empty or null error code next to a good destination', () => {
    expect(reply(200, { errorCode: '', destination: dest }).ok).toBe(true);
    expect(reply(200, { errorCode: null, destination: dest }).ok).toBe(true);
  });
  it.each([401, 403])('treats HTTP %i as unauthorized even with a destination', (status) =>
    expect(reply(status, { destination: dest })).toMatchObject({ ok: false, reason: 'unauthorized' }));
  it.each([404, 410])('treats HTTP %i as a session that is gone', (status) =>
    expect(reply(status, '')).toMatchObject({ ok: false, reason: 'session-gone', issue: { code: 'errSwitchSessionGone', params: [String(status)] } }));
  it('treats HTTP 429 as throttled', () => expect(reply(429, '<html>')).toMatchObject({ ok: false, reason: 'throttled' }));
  it.each([500, 502, 503, 599])('treats HTTP %i as unavailable', (status) =>
    expect(reply(status, { destination: dest })).toMatchObject({ ok: false, reason: 'unavailable', issue: { code: 'errSwitchUnavailable' } }));
  it.each([
    'http://console.aws.amazon.com/', 'https://console.aws.amazon.com.evil.io/', 'https://console.amazonaws.cn/',
    'https://evil.io/?https://console.aws.amazon.com', 'javascript:alert(1)', '/relative', 'https://signin.aws.amazon.com/',
  ])('refuses to open destination %s', (destination) =>
    expect(reply(200, { destination })).toMatchObject({ ok: false, reason: 'bad-destination', issue: { code: 'errSwitchBadDestination' } }));
  it.each([
    ['unparsable JSON', 200, '<html>Sign in</html>'], ['an empty body', 200, ''], ['a JSON array', 200, '[]'],
    ['JSON null', 200, 'null'], ['no destination', 200, '{}'], ['a non-string destination', 200, '{"destination":42}'],
    ['a destination with an odd status', 302, JSON.stringify({ destination: dest })], ['status 0 (opaque)', 0, ''],
    ['a 400 without error code', 400, '{}'],
  ])('calls %s a bad reply', (_name, status, body) =>
    expect(interpretMultiSessionReply(status, body, 'aws')).toMatchObject({ ok: false, reason: 'bad-reply', issue: { code: 'errSwitchBadReply' } }));
});
