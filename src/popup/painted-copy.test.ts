import { describe, expect, it } from 'vitest';
import { copyOf, drawCopy, readPaintedCopy, type DomLike, type NodeLike, type PaintedNode } from './painted-copy';

// A stand-in for the page's document: elements as plain objects, to read what was drawn.
interface Drawn { tag: string; attributes: Record<string, string>; children: Array<Drawn | { text: string }> }
const dom: DomLike = {
  createElement: (tag) => {
    const element: Drawn & { setAttribute(n: string, v: string): void; append(...nodes: unknown[]): void } = {
      tag, attributes: {}, children: [],
      setAttribute(name, value) { element.attributes[name] = value; },
      append(...nodes) { element.children.push(...(nodes as Drawn[])); },
    };
    return element;
  },
  createTextNode: (text) => ({ text }),
};
const plain = (nodes: unknown[]): unknown => JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'setAttribute' || key === 'append' ? undefined : value)));

const element = (localName: string, attributes: Record<string, string>, ...childNodes: NodeLike[]): NodeLike => ({
  nodeType: 1, nodeValue: null, localName, attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })), childNodes,
});
const text = (value: string): NodeLike => ({ nodeType: 3, nodeValue: value, childNodes: [] });

describe('the painted first screen', () => {
  it('keeps tags, known attributes and text, and draws them back the same', () => {
    const drawn = [element('ul', { role: 'listbox', id: 'deck-list' },
      element('li', { role: 'option', 'aria-selected': 'true', class: 'entry selected', style: 'top: 0px;' },
        element('span', { class: 'entry-label', elementtiming: 'deck-rows' }, text('payments-prod-admin'))))];
    const copy = copyOf(drawn);
    expect(copy).toEqual([['ul', { role: 'listbox', id: 'deck-list' },
      ['li', { role: 'option', 'aria-selected': 'true', class: 'entry selected', style: 'top: 0px;' },
        ['span', { class: 'entry-label', elementtiming: 'deck-rows' }, 'payments-prod-admin']]]]);
    expect(plain(drawCopy(copy, dom))).toEqual([{ tag: 'ul', attributes: { role: 'listbox', id: 'deck-list' }, children: [
      { tag: 'li', attributes: { role: 'option', 'aria-selected': 'true', class: 'entry selected', style: 'top: 0px;' }, children: [
        { tag: 'span', attributes: { class: 'entry-label', elementtiming: 'deck-rows' }, children: [{ text: 'payments-prod-admin' }] }] }] }]);
  });

  it('never draws markup from text, event handlers, links or unknown tags', () => {
    const hostile: PaintedNode[] = [
      '<img src=x onerror=alert(1)>',
      ['script', {}, 'alert(1)'],
      ['button', { onclick: 'alert(1)', href: 'javascript:alert(1)', 'aria-label': 'Add' }, 'Add'],
      ['div', 'not attributes' as unknown as Record<string, string>],
    ];
    expect(plain(drawCopy(hostile, dom))).toEqual([
      { text: '<img src=x onerror=alert(1)>' },
      { tag: 'button', attributes: { 'aria-label': 'Add' }, children: [{ text: 'Add' }] },
    ]);
    expect(copyOf([element('script', {}, text('x')), element('a', { href: 'x' }), element('p', { onclick: 'x', title: 'ok' })])).toEqual([['p', { title: 'ok' }]]);
  });

  it('is read back only when whole, of this version and in the language it was drawn in', () => {
    const copy = { version: 1, language: 'en-US', nodes: [['main', {}]] };
    expect(readPaintedCopy(JSON.stringify(copy), 'en-US')).toEqual(copy);
    expect(readPaintedCopy(JSON.stringify(copy), 'ja')).toBeUndefined();
    expect(readPaintedCopy(JSON.stringify({ ...copy, version: 2 }), 'en-US')).toBeUndefined();
    expect(readPaintedCopy(JSON.stringify({ ...copy, theme: 'url(x)' }), 'en-US')).toBeUndefined();
    expect(readPaintedCopy(JSON.stringify({ ...copy, theme: 'dark' }), 'en-US')?.theme).toBe('dark');
    expect(readPaintedCopy('{', 'en-US')).toBeUndefined();
    expect(readPaintedCopy('null', 'en-US')).toBeUndefined();
    expect(readPaintedCopy(undefined, 'en-US')).toBeUndefined();
  });
});
