import { describe, expect, it } from 'vitest';
import { isKeptFirstScreen, paintedCopyText, type FirstScreenState } from './hand-over';

const shown: FirstScreenState = { preview: true, query: '', view: { kind: 'list' }, data: { settings: { theme: 'system' } } };
const nodes = [{ nodeType: 1, nodeValue: null, localName: 'main', attributes: [], childNodes: [{ nodeType: 3, nodeValue: 'rows', childNodes: [] }] }];

describe('keeping what the popup drew for the next first paint', () => {
  it('keeps only the kept first screen as the app draws it before anything else is known', () => {
    expect(isKeptFirstScreen(shown)).toBe(true);
    for (const later of [{ preview: false }, { query: 'pay' }, { view: { kind: 'form' } }, { tab: { kind: 'not-console' } }, { sessions: {} }, { problem: {} }, { notice: {} }]) {
      expect(isKeptFirstScreen({ ...shown, ...later })).toBe(false);
    }
  });

  it('writes the copy when it differs from the kept one, with the chosen theme and the language', () => {
    const text = paintedCopyText(nodes, shown, 'en-US', undefined);
    expect(JSON.parse(text!)).toEqual({ version: 1, language: 'en-US', nodes: [['main', {}, 'rows']] });
    expect(paintedCopyText(nodes, shown, 'en-US', text)).toBeUndefined();
    expect(JSON.parse(paintedCopyText(nodes, { ...shown, data: { settings: { theme: 'dark' } } }, 'en-US', text)!).theme).toBe('dark');
    expect(paintedCopyText(nodes, { ...shown, query: 'x' }, 'en-US', undefined)).toBeUndefined();
  });
});
