// The pieces the badge is built of, shared by the badge drawn at load (badge-view.ts) and the
// warning drawn when there is something to say (badge-more.ts). Every text goes in as text.
import type { BadgeView } from '../platform/protocol';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}


/**
 * A style sheet, its text set as `textContent`: Firefox then judges it by this content script's
 * CSP, not the page's. Appended as a text node instead, it falls under the page's, and a console
 * page whose CSP limits `style-src` leaves the badge unstyled (not fixed, no colours, lost at the
 * top of the page). Chromium exempts content scripts either way.
 */
export function styleSheet(css: string): HTMLStyleElement {
  const node = document.createElement('style');
  node.textContent = css;
  return node;
}

/** A button that ignores clicks the page synthesises (`isTrusted` is false for those). */
export function button(label: string, props: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, label);
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

export function fields({ data, text }: BadgeView): HTMLElement {
  const node = el('div', { class: 'fields' });
  const field = (cls: string, value: string | undefined, label: string) => {
    if (value !== undefined) node.append(el('span', { class: cls, title: label, 'data-testid': `switchyard-badge-${cls}` }, value));
  };
  field('name', data.name, text.name);
  field('account', data.account, text.account);
  field('role', data.role, text.role);
  field('region', text.regionValue, text.region);
  return node;
}

