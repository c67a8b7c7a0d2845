// How the badge's style sheet gets its text. Firefox judges a <style> a content script adds by the
// page's CSP unless the script set its text through `textContent` (then by the content script's
// own): on a console page whose CSP limits `style-src`, a sheet appended as a text node is dropped
// and the badge is drawn unstyled at the top of the page (checked in Firefox ESR 153; Chromium
// exempts content scripts either way). No DOM here: a few fake elements record how they were filled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeView } from '../platform/protocol';
import { BADGE_CSS } from './badge-style';

class FakeStyle {
  cssText = '';
  private props = new Map<string, string>();
  setProperty(name: string, value: string) { this.props.set(name, value); }
  getPropertyValue(name: string) { return this.props.get(name) ?? ''; }
  removeProperty(name: string) { this.props.delete(name); }
}

class FakeElement {
  children: Array<FakeElement | string> = [];
  attributes = new Map<string, string>();
  style = new FakeStyle();
  shadowRoot?: FakeElement;
  title = '';
  disabled = false;
  /** How the text was given: through the textContent setter, or as appended nodes. */
  textVia?: 'textContent';
  private classes = new Set<string>();
  classList = { add: (name: string) => this.classes.add(name), contains: (name: string) => this.classes.has(name) };
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) { this.attributes.set(name, value); }
  append(...nodes: Array<FakeElement | string>) { this.children.push(...nodes); }
  replaceChildren(...nodes: Array<FakeElement | string>) { this.children = nodes; }
  attachShadow() { this.shadowRoot = new FakeElement('#shadow-root'); return this.shadowRoot; }
  addEventListener() {}
  querySelector() { return null; }
  set textContent(text: string) { this.children = [text]; this.textVia = 'textContent'; }
}

const view = (visible: boolean): BadgeView => ({
  visible,
  collapsed: false,
  data: { name: 'Prod admin', account: '123456789012', role: 'Admin', region: 'us-east-1', background: '#232f3e', foreground: '#ffffff', production: true, multiSession: false, problems: [] },
  text: { title: 'Switchyard', name: 'Name', account: 'Account', role: 'Role', region: 'Region', regionValue: 'us-east-1', production: 'production', multiSession: 'multi-session', back: 'Back to alice', collapse: 'Collapse', expand: 'Expand', problems: [] },
});

const actions = { back: () => undefined, setCollapsed: () => undefined };

let html: FakeElement;

beforeEach(() => {
  vi.resetModules();
  html = new FakeElement('html');
  vi.stubGlobal('document', { createElement: (tag: string) => new FakeElement(tag), documentElement: html, readyState: 'complete' });
  vi.stubGlobal('window', { addEventListener() {}, innerHeight: 800 });
  vi.stubGlobal('requestAnimationFrame', () => 0);
});

afterEach(() => vi.unstubAllGlobals());

async function styleOfDrawnBadge(visible: boolean): Promise<FakeElement> {
  const { showBadge } = await import('./badge-view');
  showBadge(view(visible), actions);
  const host = html.children[0] as FakeElement;
  const style = host.shadowRoot?.children.find((child): child is FakeElement => child instanceof FakeElement && child.tagName === 'style');
  if (!style) throw new Error('the badge has no style sheet');
  return style;
}

describe('the badge style sheet under a strict page CSP (Firefox)', () => {
  it('is given its text through textContent, not as an appended text node', async () => {
    const style = await styleOfDrawnBadge(true);
    expect(style.textVia).toBe('textContent');
    expect(style.children).toEqual([BADGE_CSS]);
  });

  it('so is the production frame\'s, when the badge itself is turned off', async () => {
    const style = await styleOfDrawnBadge(false);
    expect(style.textVia).toBe('textContent');
  });
});
