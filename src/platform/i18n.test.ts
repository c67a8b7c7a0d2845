import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The browser's message table, replaced: `empty` is Chromium's table after its first fetch failed
// (every getMessage answers ''); otherwise it answers from the English catalogue.
const fake = vi.hoisted(() => ({ empty: false, fetched: [] as string[] }));
const english = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const japanese = JSON.parse(readFileSync(new URL('../../public/_locales/ja/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
vi.mock('./browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string) => (fake.empty ? '' : key === '@@extension_id' ? 'abcdefghijklmnopabcdefghijklmnop' : english[key]?.message ?? ''),
      getUILanguage: () => 'ja',
    },
    runtime: {
      getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`,
      getManifest: () => ({ default_locale: 'en' }),
    },
  },
}));
vi.stubGlobal('fetch', async (url: string) => {
  fake.fetched.push(url);
  const folder = /_locales\/([^/]+)\//.exec(url)?.[1];
  const file = folder === 'en' ? english : folder === 'ja' ? japanese : undefined;
  return file ? { ok: true, json: async () => file } : { ok: false, json: async () => ({}) };
});

afterEach(() => {
  fake.fetched.length = 0;
  vi.resetModules();
});

describe('t', () => {
  it('answers from the browser when its table answers, and reads no file', async () => {
    fake.empty = false;
    const { messagesReady, t } = await import('./i18n');
    await messagesReady();
    expect(t('noProfilesYet')).toBe('No roles saved yet. Add one to switch to it in one click.');
    expect(fake.fetched).toEqual([]);
  });

  it('when the browser\'s table is empty, answers from the _locales files of the UI language, not with keys', async () => {
    fake.empty = true;
    const { messagesReady, t } = await import('./i18n');
    expect(t('noProfilesYet')).toBe('noProfilesYet'); // what users saw
    await messagesReady();
    expect(t('noProfilesYet')).toBe(japanese.noProfilesYet!.message);
    expect(t('signInRefusedTitle', 'Prod')).toBe(japanese.signInRefusedTitle!.message.replace('$1', 'Prod'));
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});
