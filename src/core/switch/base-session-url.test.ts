import { describe, expect, it } from 'vitest';
import { onSessionUrl, sessionLabelOf, showsSamePage } from './base-session-url';

const role = 'https://210987654321-k3j4h5g6.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top';

describe('sessionLabelOf', () => {
  it('reads the session label of a multi-session host', () => expect(sessionLabelOf(role)).toBe('210987654321-k3j4h5g6'));
  it('has none on other console hosts', () => {
    expect(sessionLabelOf('https://us-west-2.console.aws.amazon.com/s3/home')).toBeUndefined();
    expect(sessionLabelOf('https://console.amazonaws-us-gov.com/console/home')).toBeUndefined();
    expect(sessionLabelOf('garbage')).toBeUndefined();
  });
});

describe('onSessionUrl', () => {
  it('keeps service, path, query, hash and region, and changes only the session', () =>
    expect(onSessionUrl(role, '111122223333-abcd1234')).toBe('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2#top'));
  it('refuses a label that is not a session label (it becomes part of a host name)', () => {
    expect(onSessionUrl(role, 'evil.example.com#')).toBeUndefined();
    expect(onSessionUrl(role, '111122223333-ABCD1234')).toBeUndefined();
  });
  it('needs a multi-session page to start from', () => expect(onSessionUrl('https://us-west-2.console.aws.amazon.com/s3/home', '111122223333-abcd1234')).toBeUndefined());
});

describe('showsSamePage', () => {
  const target = 'https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets?region=us-west-2';
  it('is the same page on the same host and path, whatever the hash', () =>
    expect(showsSamePage('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/s3/buckets#x', target)).toBe(true));
  it('is another page in another region or service', () => {
    expect(showsSamePage('https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/s3/buckets', target)).toBe(false);
    expect(showsSamePage('https://111122223333-abcd1234.us-west-2.console.aws.amazon.com/ec2/home', target)).toBe(false);
    expect(showsSamePage(undefined, target)).toBe(false);
  });
});
