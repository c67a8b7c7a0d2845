// The active-role badge: who this console tab is signed in as, drawn in a shadow root from the
// data the background formatted. Every text goes in as text; the page can neither style it nor
// drive it (its buttons act on real user input only).
import type { BadgeView } from '../platform/protocol';
import { findSpot } from './badge-placement';
import { BADGE_CSS } from './badge-style';

export interface BadgeActions {
  back(): Promise<string | undefined>;
  setCollapsed(collapsed: boolean): void;
}

let host: HTMLElement | undefined;
let root: ShadowRoot;
let current: { view: BadgeView; actions: BadgeActions; note?: string } | undefined;
/** No room along the bottom edge without covering a control: shown small until there is. */
let squeezed = false;
/** The user expanded it on this page, room or not. */
let expandedHere = false;
let fullWidth: number | undefined;
/** Where placement last put it: a redrawn badge starts there instead of jumping to the middle. */
let placedAt: string | undefined;
// What the small badge measures, about (before it was ever drawn).
const COMPACT_WIDTH = 72;

const shownCollapsed = (view: BadgeView) => view.collapsed || (squeezed && !expandedHere);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The shadow root's style sheet, its text set as `textContent`: Firefox then judges it by this
 * content script's CSP, not the page's. Appended as a text node instead, it falls under the page's,
 * and a console page whose CSP limits `style-src` leaves the badge unstyled (not fixed, no colours,
 * lost at the top of the page). Chromium exempts content scripts either way.
 */
function styleSheet(css: string): HTMLStyleElement {
  const node = document.createElement('style');
  node.textContent = css;
  return node;
}

/** A button that ignores clicks the page synthesises (`isTrusted` is false for those). */
function button(label: string, props: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, label);
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

const HEX = /^#[0-9a-f]{6}$/;

export function showBadge(view: BadgeView, actions: BadgeActions): void {
  // The same badge again (a refresh that changed nothing for this page): nothing to redraw.
  if (current && current.note === undefined && JSON.stringify(current.view) === JSON.stringify(view)) return;
  current = { view, actions };
  draw();
}

function draw(): void {
  if (!current) return;
  const { view, actions, note } = current;
  if (!host) {
    host = document.createElement('switchyard-badge');
    // A box over the viewport, out of the page's flow and above it, that takes no clicks (its badge
    // does) and contains its own layout and paint: drawing or changing the badge never lays out or
    // repaints the console. Inline and !important, so no page rule can move it.
    host.style.cssText = 'all:initial!important;display:block!important;position:fixed!important;inset:0!important;' +
      'z-index:2147483647!important;pointer-events:none!important;contain:strict!important';
    // Open, so that testing and accessibility tools see it; clicks are checked with isTrusted.
    root = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
  }
  const { data } = view;
  const parts: Node[] = [styleSheet(BADGE_CSS)];
  if (data.production) {
    parts.push(el('div', { class: 'frame', 'data-testid': 'switchyard-production-frame' },
      ...['top', 'right', 'bottom', 'left'].map((side) => el('div', { class: `edge ${side}` }))));
  }
  const problems = [...view.text.problems, ...(note ? [note] : [])];
  if (view.visible) parts.push(problems.length > 0 ? warning(problems, view) : badge(view, actions));
  root.replaceChildren(...parts);
  schedulePlacement();
}

let placementQueued = false;

/** Looks for a free spot once the browser has drawn the frame and is idle: layout is clean then,
 *  so reading it forces no extra layout of the console page (which can be large). */
function schedulePlacement(): void {
  if (placementQueued) return;
  placementQueued = true;
  const run = () => {
    placementQueued = false;
    const node = root?.querySelector<HTMLElement>('.badge');
    if (host && node && current) place(host, node, current.view);
  };
  // After the next frame (so the badge is laid out with everything else, not on its own), when idle.
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 50);
  });
}

function place(on: Element, node: HTMLElement, view: BadgeView): void {
  const { width, height } = node.getBoundingClientRect();
  const small = node.classList.contains('collapsed');
  if (!small) fullWidth = width;
  // Only the badge the user has not sized may be made small; a warning never is.
  const mayShrink = !view.collapsed && !expandedHere && !node.classList.contains('warn');
  const widths = mayShrink ? [fullWidth ?? width, small ? width : COMPACT_WIDTH] : [width];
  const { x, fit, centred } = findSpot(on, height, widths);
  // In the middle, where the style puts it anyway: no change, so no restyle of the badge.
  placedAt = centred ? undefined : `${x}px`;
  if ((node.style.getPropertyValue('--x') || undefined) !== placedAt) {
    if (placedAt === undefined) node.style.removeProperty('--x');
    else node.style.setProperty('--x', placedAt);
  }
  if (mayShrink && (fit === 1) !== squeezed) {
    squeezed = fit === 1;
    draw();
  }
}

function warning(problems: string[], view: BadgeView): HTMLElement {
  // Named by its heading, which says what is true of the page (background/badge-data.ts).
  const box = el('div', { class: 'badge warn', role: 'alert', 'aria-labelledby': 'switchyard-badge-heading', 'data-testid': 'switchyard-badge' });
  if (placedAt) box.style.setProperty('--x', placedAt);
  const heading = el('strong', { id: 'switchyard-badge-heading', 'data-testid': 'switchyard-badge-heading' }, view.text.title);
  const list = el('div', { class: 'problem', 'data-testid': 'switchyard-badge-problem' }, heading);
  for (const text of problems) list.append(el('span', {}, text));
  box.append(list);
  // The token alone missing: who is signed in is still known, and still shown.
  if (view.data.name !== undefined) list.append(fields(view));
  return box;
}

function fields({ data, text }: BadgeView): HTMLElement {
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

function badge(view: BadgeView, actions: BadgeActions): HTMLElement {
  const { data, text } = view;
  const box = el('div', { class: 'badge', role: 'status', 'aria-label': text.title, 'data-testid': 'switchyard-badge' });
  if (placedAt) box.style.setProperty('--x', placedAt);
  if (HEX.test(data.background)) box.style.setProperty('--bg', data.background);
  box.style.setProperty('--fg', data.foreground === '#000000' ? '#000000' : '#ffffff');
  if (data.production) box.classList.add('prod');
  const summary = [data.name, data.account, data.role, data.region].filter(Boolean).join(' · ');
  if (shownCollapsed(view)) {
    box.classList.add('collapsed');
    box.title = summary;
    if (data.production) box.append(el('span', { class: 'tag prod' }, text.production));
    box.append(toggle(false, view, actions));
    return box;
  }
  box.append(fields(view));
  if (data.production) box.append(el('span', { class: 'tag prod', 'data-testid': 'switchyard-badge-production' }, text.production));
  // Multi-session: which of the browser's sessions this tab is, base or role (issue #16).
  if (data.multiSession) {
    const tag = el('span', { class: 'tag', 'data-testid': 'switchyard-badge-session' }, text.session ?? text.multiSession);
    if (text.sessionTitle !== undefined) tag.title = text.sessionTitle;
    box.append(tag);
  }
  if (text.back !== undefined) {
    const back = button(text.back, { 'data-testid': 'switchyard-back', ...(text.backTitle === undefined ? {} : { title: text.backTitle }) }, () => {
      back.disabled = true;
      void actions.back().then((problem) => {
        back.disabled = false;
        if (problem !== undefined && current) {
          current.note = problem;
          draw();
        }
      });
    });
    box.append(back);
  }
  box.append(toggle(true, view, actions));
  return box;
}

function toggle(expanded: boolean, { text }: BadgeView, actions: BadgeActions): HTMLButtonElement {
  const label = expanded ? text.collapse : text.expand;
  // The arrow is drawn by the style (a glyph like ▾ would make the browser look up a fallback font).
  return button('', {
    class: 'toggle',
    'aria-expanded': String(expanded),
    'aria-label': label,
    title: label,
    'data-testid': 'switchyard-badge-toggle',
  }, () => {
    if (!current) return;
    // Collapsing is remembered; expanding a badge made small for lack of room is for this page only.
    if (expanded || current.view.collapsed) {
      current.view = { ...current.view, collapsed: expanded };
      actions.setCollapsed(expanded);
    }
    expandedHere = !expanded;
    draw();
  });
}

/** After the window is resized, or the console has drawn its footer, look again for a free spot. */
export function watchPlacement(): void {
  window.addEventListener('resize', schedulePlacement, { passive: true });
  if (document.readyState !== 'complete') window.addEventListener('load', schedulePlacement, { once: true });
}
