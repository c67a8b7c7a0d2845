import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalMemory } from '../core/portal/portal-diff';
import { PORTAL_MEMORY_KEY } from '../core/store/storage-keys';

const storage = await vi.hoisted(async () => (await import('../platform/testing/fake-storage')).fakeStorage());
vi.mock('../platform/storage', () => storage.module);
const { loadPortalMemories, memoryOf, remembersMore, restorePortalMemory, savePortalMemory } = await import('./portal-memory');

const A = 'https://d-1234567890.awsapps.com/start';
const B = 'https://ssoins-111111h2222j33pp.eu-west-1.portal.amazonaws.com';
const memory = (startUrl: string, readAt: number, pairs = ['111122223333/Admin']): PortalMemory =>
  ({ startUrl, readAt, accounts: [{ accountId: '111122223333', name: 'Prod' }], pairs, gone: [], labelRule: '{account} · {permissionSet}' });

beforeEach(() => storage.reset());

describe('the remembered access portals', () => {
  it('keeps one memory per portal, the last applied first, in storage.local', async () => {
    await savePortalMemory(memory(A, 1));
    await savePortalMemory(memory(B, 2));
    await savePortalMemory(memory(`${A}/#/`, 3, ['111122223333/Admin', '111122223333/Dev']));
    const memories = await loadPortalMemories();
    expect(memories.map((m) => [m.startUrl, m.readAt])).toEqual([[`${A}/#/`, 3], [B, 2]]);
    expect(memoryOf(memories, A)?.pairs).toEqual(['111122223333/Admin', '111122223333/Dev']);
    expect(storage.area('local').has(PORTAL_MEMORY_KEY)).toBe(true);
  });

  it('holds nothing but the address, times, rule and what was listed (no token field survives a round trip)', async () => {
    await savePortalMemory({ ...memory(A, 1), token: 'secret' } as PortalMemory);
    expect(JSON.stringify(await loadPortalMemories())).not.toContain('secret');
    expect(JSON.stringify(storage.area('local').get(PORTAL_MEMORY_KEY))).not.toContain('secret');
  });

  it('reads a damaged stored value as no memory, and skips damaged items', async () => {
    await storage.module.writeKeys('local', { [PORTAL_MEMORY_KEY]: 'junk' });
    expect(await loadPortalMemories()).toEqual([]);
    await storage.module.writeKeys('local', { [PORTAL_MEMORY_KEY]: [{ startUrl: 'https://evil.example/' }, memory(A, 1)] });
    expect((await loadPortalMemories()).map((m) => m.startUrl)).toEqual([A]);
  });

  it('the undo of an import puts the portal\'s memory back, or forgets a portal first read by it', async () => {
    await savePortalMemory(memory(B, 1));
    await savePortalMemory(memory(A, 2));
    await restorePortalMemory(A, undefined);
    expect((await loadPortalMemories()).map((m) => m.startUrl)).toEqual([B]);
    await savePortalMemory(memory(B, 5, []));
    await restorePortalMemory(B, memory(B, 1));
    expect(memoryOf(await loadPortalMemories(), B)?.readAt).toBe(1);
  });
});

describe('whether a read changes only what is remembered of the portal', () => {
  it('is judged against the memory the preview was made with: another page\'s newer memory does not make a changed read look unchanged', () => {
    const previewedWith = memory(A, 1);
    const read = memory(A, 5, ['111122223333/Admin', '111122223333/Dev']);
    expect(remembersMore(previewedWith, read)).toBe(true);
    expect(remembersMore(memory(A, 1), memory(A, 5))).toBe(false);
    expect(remembersMore(undefined, read)).toBe(true);
    expect(remembersMore(previewedWith, undefined)).toBe(false);
  });
});
