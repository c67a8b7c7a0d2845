// Where the badge sits when the middle of the bottom edge is taken (badge-room.ts looks there
// first, at every load): the nearest stretch of the bottom edge with no control; if none is wide
// enough, it shows itself small. Loaded only then, with the rest of what the console page rarely
// needs (console-more.ts).
import { controlsAlong, MARGIN } from './badge-room';

/** Kept between the badge and a control beside it. */
const GAP = 4;

/** The free stretches of [MARGIN, width - MARGIN] between controls, GAP away from them. */
function freeStretches(controls: Array<[number, number]>, width: number): Array<[number, number]> {
  const free: Array<[number, number]> = [];
  let from = MARGIN;
  for (const [left, right] of [...controls].sort((a, b) => a[0] - b[0])) {
    if (left - GAP > from) free.push([from, left - GAP]);
    from = Math.max(from, right + GAP);
  }
  if (width - MARGIN > from) free.push([from, width - MARGIN]);
  return free;
}

/**
 * The centre (px from the left) for the first of `widths` that fits between the controls along
 * the bottom edge, as near the middle as it can be, and which width that was; the middle and the
 * last width when none fits. `centred`: the middle, where the badge's style puts it by default.
 */
export function findSpot(host: Element, height: number, widths: readonly number[]): { x: number; fit: number; centred: boolean } {
  const viewport = document.documentElement.clientWidth;
  const middle = viewport / 2;
  const y = window.innerHeight - height / 2;
  // Usually the middle is free: look there first, and along the whole edge only if it is not.
  const first = widths[0] ?? 0;
  if (controlsAlong(host, y, middle - first / 2, middle + first / 2).length === 0) return { x: middle, fit: 0, centred: true };
  const free = freeStretches(controlsAlong(host, y, 0, viewport), viewport);
  for (const [fit, width] of widths.entries()) {
    let best: number | undefined;
    for (const [a, b] of free) {
      if (b - a < width) continue;
      const x = Math.min(Math.max(middle, a + width / 2), b - width / 2);
      if (best === undefined || Math.abs(x - middle) < Math.abs(best - middle)) best = x;
    }
    if (best !== undefined) return { x: best, fit, centred: best === middle };
  }
  return { x: middle, fit: widths.length - 1, centred: true };
}
