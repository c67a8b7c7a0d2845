// What the badge rarely needs, loaded with console-more.ts: the warning drawn when the page or the
// background has something to say, and placement off the middle of the bottom edge (when a control
// of the page lies there) or small (when no stretch of the edge is wide enough).
/// <reference types="vite/client" />
import type { BadgeView } from '../platform/protocol';
import { findSpot } from './badge-placement';
import { el, fields, styleSheet } from './badge-parts';
import type { Placement } from './badge-view';
import css from './badge-warn.css?inline';

// What the small badge measures, about (before it was ever drawn).
const COMPACT_WIDTH = 72;

/** The warning and its style sheet, for the badge's shadow root. */
export function warning(problems: string[], view: BadgeView, placedAt: string | undefined): [HTMLStyleElement, HTMLElement] {
  // Named by its heading, which says what is true of the page (background/badge-data.ts).
  const box = el('div', { class: 'badge warn', role: 'alert', 'aria-labelledby': 'switchyard-badge-heading', 'data-testid': 'switchyard-badge' });
  if (placedAt) box.style.setProperty('--x', placedAt);
  const heading = el('strong', { id: 'switchyard-badge-heading', 'data-testid': 'switchyard-badge-heading' }, view.text.title);
  const list = el('div', { class: 'problem', 'data-testid': 'switchyard-badge-problem' }, heading);
  for (const text of problems) list.append(el('span', {}, text));
  box.append(list);
  // The token alone missing: who is signed in is still known, and still shown.
  if (view.data.name !== undefined) list.append(fields(view));
  return [styleSheet(css), box];
}

/** Puts the badge on the free stretch of the bottom edge nearest the middle, small when only that
 *  fits; `redraw` when it must change size. */
export function place(on: Element, node: HTMLElement, view: BadgeView, placement: Placement, redraw: () => void): void {
  const { width, height } = node.getBoundingClientRect();
  const small = node.classList.contains('collapsed');
  if (!small) placement.fullWidth = width;
  // Only the badge the user has not sized may be made small; a warning never is.
  const mayShrink = !view.collapsed && !placement.expandedHere && !node.classList.contains('warn');
  const widths = mayShrink ? [placement.fullWidth ?? width, small ? width : COMPACT_WIDTH] : [width];
  const { x, fit, centred } = findSpot(on, height, widths);
  // In the middle, where the style puts it anyway: no change, so no restyle of the badge.
  placement.placedAt = centred ? undefined : `${x}px`;
  if ((node.style.getPropertyValue('--x') || undefined) !== placement.placedAt) {
    if (placement.placedAt === undefined) node.style.removeProperty('--x');
    else node.style.setProperty('--x', placement.placedAt);
  }
  if (mayShrink && (fit === 1) !== placement.squeezed) {
    placement.squeezed = fit === 1;
    redraw();
  }
}
