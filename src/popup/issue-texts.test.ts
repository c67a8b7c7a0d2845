import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageFrom, tableOf, type MessagesFile } from '../core/i18n/message-table';
import * as core from '../core/issues/issue-texts';
import { CORE_MESSAGES, formatMessage } from './issue-texts';

const locale = (lang: string): MessagesFile =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as MessagesFile;

describe("the popup's issue texts (from _locales, in place of the core's English table)", () => {
  afterEach(() => vi.unstubAllGlobals());
  const useLocale = (lang: string) => {
    const table = tableOf([locale(lang)]);
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs: string[]) => messageFrom(table, key, subs) } });
  };

  it('gives every code the English template the core has, placeholders and all', () => {
    useLocale('en');
    const codes = Object.keys(core.CORE_MESSAGES);
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(CORE_MESSAGES[code], code).toBe(core.CORE_MESSAGES[code]);
  });

  it('gives the message in the UI language, filled in as the core fills it', () => {
    useLocale('ja');
    const text = formatMessage(CORE_MESSAGES.errLabelLength!, ['120']);
    expect(text).toContain('120');
    expect(text).not.toBe(core.formatMessage(core.CORE_MESSAGES.errLabelLength!, ['120']));
    expect(formatMessage('a $2 b $1', ['x', 'y'])).toBe(core.formatMessage('a $2 b $1', ['x', 'y']));
  });

  it("prefers Firefox's `browser` when it is the extension's", () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => 'chrome' } });
    vi.stubGlobal('browser', { runtime: { id: 'x' }, i18n: { getMessage: () => 'firefox' } });
    expect(CORE_MESSAGES.errLabelRequired).toBe('firefox');
  });
});
