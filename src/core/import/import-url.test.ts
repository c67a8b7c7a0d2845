import { describe, expect, it } from 'vitest';
import { importUrlOrigin, originPattern } from './import-url';

describe('importUrlOrigin', () => {
  it('gives the origin of an https address', () => {
    expect(importUrlOrigin(' https://config.example.com/team/aws-config?x=1 ')).toBe('https://config.example.com');
  });

  it('refuses other schemes, credentials in the address and text that is no address', () => {
    for (const text of ['http://config.example.com/x', 'file:///home/me/.aws/config', 'https://user:pw@example.com/x', 'ftp://x', 'not a url', '']) {
      expect(importUrlOrigin(text), text).toBeUndefined();
    }
  });
});

describe('originPattern', () => {
  it('asks for that one host', () => {
    expect(originPattern('https://config.example.com')).toBe('https://config.example.com/*');
    expect(originPattern('https://config.example.com:8443')).toBe('https://config.example.com/*');
  });
});
