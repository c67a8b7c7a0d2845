// The active-role badge: who this console tab is signed in as, drawn in a shadow root from the
// data the background formatted. Every text goes in as text; the page can neither style it nor
// drive it (its buttons act on real user input only).
import type { BadgeView } from '../platform/protocol';
import { button, el, fields, styleSheet } from './badge-parts';
import { freeMiddle } from './badge-room';
import { BADGE_CSS } from './badge-style';
import { loadMore } from './load-more';

/** Where placement put the badge and what it knows of its size; badge-more.ts changes it. */
export interface Placement {
  /** No room along the bottom edge without covering a control: shown small until there is. */
  squeezed: boolean;
  /** The user expanded it on this page, room or not. */
  expandedHere: boolean;
  fullWidth?: number;
  /** Where placement last put it: a redrawn badge starts there instead of jumping to the middle. */
  placedAt?: string;
}

export interface BadgeActions {
  /** "Back to <user>" was clicked (on `button`). */
  back(button: HTMLButtonElement): void;
  setCollapsed(collapsed: boolean): void;
}

let host: HTMLElement | undefined;
let root: ShadowRoot;
let current: { view: BadgeView; actions: BadgeActions; note?: string } | undefined;
/** Where the badge sits and how big (badge-more.ts moves it off the middle when it must). */
const placement: Placement = { squeezed: false, expandedHere: false };
/** Which drawing is the latest: a warning drawn late (its code loads first) must not undo a later one. */
let drawn = 0;

const shownCollapsed = (view: BadgeView) => view.collapsed || (placement.squeezed && !placement.expandedHere);

const HEX = /^#[0-9a-f]{6}$/;

export function showBadge(view: BadgeView, actions: BadgeActions): void {
  // The same badge again (a refresh that changed nothing for this page): nothing to redraw.
  if (current && current.note === undefined && JSON.stringify(current.view) === JSON.stringify(view)) return;
  current = { view, actions };
  draw();
}

/** Says what went wrong (return-to-user failed) in the badge, until the next badge is drawn. */
export function showNote(note: string): void {
  if (!current) return;
  current.note = note;
  draw();
}

function draw(): void {
  if (!current) return;
  const { view, actions, note } = current;
  // The first drawing fills the shadow root while the host is still out of the page, then puts
  // it in once: one insertion into the document, instead of one per element.
  let fresh: HTMLElement | undefined;
  if (!host) {
    host = fresh = document.createElement('switchyard-badge');
    // A box over the viewport, out of the page's flow and above it, that takes no clicks (its badge
    // does) and contains its own layout and paint: drawing or changing the badge never lays out or
    // repaints the console. Inline and !important, so no page rule can move it.
    host.style.cssText = 'all:initial!important;display:block!important;position:fixed!important;inset:0!important;' +
      'z-index:2147483647!important;pointer-events:none!important;contain:strict!important';
    // Open, so that testing and accessibility tools see it; clicks are checked with isTrusted.
    root = host.attachShadow({ mode: 'open' });
  }
  const { data } = view;
  const parts: Node[] = [styleSheet(BADGE_CSS)];
  if (data.production) {
    parts.push(el('div', { class: 'frame', 'data-testid': 'switchyard-production-frame' },
      ...['top', 'right', 'bottom', 'left'].map((side) => el('div', { class: `edge ${side}` }))));
  }
  const problems = [...view.text.problems, ...(note ? [note] : [])];
  const turn = ++drawn;
  if (!view.visible || problems.length === 0) {
    if (view.visible) parts.push(badge(view, actions));
    root.replaceChildren(...parts);
    if (fresh) document.documentElement.append(fresh);
    schedulePlacement();
    return;
  }
  if (fresh) document.documentElement.append(fresh);
  // A warning: rare, so its code is loaded with the rest (badge-more.ts) before it is drawn.
  void loadMore().then((more) => {
    if (turn !== drawn) return;
    root.replaceChildren(...parts, ...more.warning(problems, view, placement.placedAt));
    schedulePlacement();
  }, () => undefined);
}

let placementQueued = false;

/** Looks for a free spot in the next frame, just before the browser lays it out: the size read
 *  here is the layout that frame would do anyway (done a little early, not twice), and the check
 *  needs no task of its own. */
function schedulePlacement(): void {
  if (placementQueued) return;
  placementQueued = true;
  const run = () => {
    placementQueued = false;
    const node = root?.querySelector<HTMLElement>('.badge');
    if (!host || !node || !current) return;
    const on = host;
    // As nearly always: never moved or made small, and the middle of the edge is free. Nothing
    // to change, nothing to load; else badge-more.ts looks along the edge.
    if (!placement.squeezed && placement.placedAt === undefined) {
      const { width, height } = node.getBoundingClientRect();
      if (!node.classList.contains('collapsed')) placement.fullWidth = width;
      if (freeMiddle(on, height, width) !== undefined) return;
    }
    void loadMore().then((more) => {
      if (node.isConnected && current) more.place(on, node, current.view, placement, draw);
    }, () => undefined);
  };
  // In the next frame's callbacks: the badge is laid out with everything else, once.
  requestAnimationFrame(run);
}

function badge(view: BadgeView, actions: BadgeActions): HTMLElement {
  const { data, text } = view;
  const box = el('div', { class: 'badge', role: 'status', 'aria-label': text.title, 'data-testid': 'switchyard-badge' });
  if (placement.placedAt) box.style.setProperty('--x', placement.placedAt);
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
    const back = button(text.back, { 'data-testid': 'switchyard-back', ...(text.backTitle === undefined ? {} : { title: text.backTitle }) }, () => actions.back(back));
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
    placement.expandedHere = !expanded;
    draw();
  });
}

/** After the window is resized, or the console has drawn its footer, look again for a free spot. */
export function watchPlacement(): void {
  window.addEventListener('resize', schedulePlacement);
  if (document.readyState !== 'complete') window.addEventListener('load', schedulePlacement, { once: true });
}
