import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser doors this file uses, replaced: permissions and i18n (keys come back as text).
const permissions = vi.hoisted(() => ({ granted: true, held: false, asked: [] as string[], released: [] as string[] }));
vi.mock('../platform/permissions', () => ({
  hostPermissionHeld: () => Promise.resolve(permissions.held),
  requestHostPermission: (pattern: string) => (permissions.asked.push(pattern), Promise.resolve(permissions.granted)),
  releaseHostPermission: (pattern: string) => (permissions.released.push(pattern), Promise.resolve()),
}));
vi.mock('../platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' ') }));
vi.mock('../ui/issue-text', () => ({ issueText: (issue: { code: string; params?: string[] }) => [issue.code, ...(issue.params ?? [])].join(' ') }));

const { fetchAddress, readFiles } = await import('./import-read');

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal('fetch', fetchMock);

beforeEach(() => {
  Object.assign(permissions, { granted: true, held: false, asked: [], released: [] });
  fetchMock.mockReset();
});

describe('fetchAddress', () => {
  it('asks for that one origin, fetches without cookies, and gives the permission back', async () => {
    fetchMock.mockResolvedValue(new Response('[profile t]\nregion = x'));
    expect(await fetchAddress(' https://config.example.com/team/aws-config ')).toEqual({ source: { text: '[profile t]\nregion = x', name: 'https://config.example.com/team/aws-config' } });
    expect(permissions.asked).toEqual(['https://config.example.com/*']);
    expect(permissions.released).toEqual(['https://config.example.com/*']);
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });

  it('an origin the user had granted before is not taken away after the fetch', async () => {
    permissions.held = true;
    fetchMock.mockResolvedValue(new Response('[profile t]\nregion = x'));
    expect(await fetchAddress('https://config.example.com/team/aws-config')).toMatchObject({ source: { text: '[profile t]\nregion = x' } });
    expect(permissions.asked).toEqual(['https://config.example.com/*']);
    expect(permissions.released).toEqual([]);
  });

  it('fetches nothing without permission, or from an address that is not https', async () => {
    permissions.granted = false;
    expect(await fetchAddress('https://config.example.com/x')).toEqual({ error: 'importUrlDenied https://config.example.com' });
    expect(await fetchAddress('http://config.example.com/x')).toEqual({ error: 'importUrlInvalid' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says what went wrong: an HTTP error, a network failure, a file over the limit', async () => {
    fetchMock.mockResolvedValueOnce(new Response('no', { status: 404 }));
    expect(await fetchAddress('https://a.example/x')).toEqual({ error: 'importUrlFailed https://a.example HTTP 404' });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await fetchAddress('https://a.example/x')).toEqual({ error: 'importUrlFailed https://a.example Failed to fetch' });
    fetchMock.mockResolvedValueOnce(new Response('x', { headers: { 'content-length': String(60 * 1024 * 1024) } }));
    expect(await fetchAddress('https://a.example/x')).toEqual({ error: 'errImportTooLarge 60.0 MB 5 MB' });
    fetchMock.mockResolvedValueOnce(new Response(new Uint8Array(5 * 1024 * 1024 + 10)));
    expect((await fetchAddress('https://a.example/x') as { error: string }).error).toMatch(/^errImportTooLarge/);
    expect(permissions.released).toHaveLength(4);
  });
});

describe('readFiles', () => {
  const file = (name: string, text: string) => new File([text], name);

  it('takes a config and, by its name, a credentials file', async () => {
    expect(await readFiles([file('credentials', '[keys]'), file('config', '[profile a]')]))
      .toEqual({ source: { text: '[profile a]', credentials: '[keys]', name: 'credentials, config' } });
  });

  it('refuses more than two files, two configs, or a binary file', async () => {
    expect(await readFiles([file('a', ''), file('b', ''), file('c', '')])).toEqual({ error: 'importTooManyFiles' });
    expect(await readFiles([file('a', ''), file('b', '')])).toEqual({ error: 'importTooManyFiles' });
    expect(await readFiles([new File([new Uint8Array([0x1f, 0x8b, 8, 0])], 'config.gz')])).toEqual({ error: 'config.gz: errImportBinary' });
  });
});
