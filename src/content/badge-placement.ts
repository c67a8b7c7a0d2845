// Where the badge sits: docked to the bottom edge, by default in the middle, over the console
// footer's empty centre (its controls are at the left and right ends; the top bar is full of them).
// If a control of the page lies there, the badge goes to the nearest stretch of the bottom edge
// with no control; if none is wide enough, it shows itself small. Runs when the browser is idle
// (layout is clean then, so reading it forces no layout), reads first, then writes once: no thrash.
const CONTROLS = 'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=tab],[role=menuitem],' +
  '[role=checkbox],[role=switch],[contenteditable=""],[contenteditable=true],[tabindex]:not([tabindex="-1"])';
// Narrower than any control worth the name (an icon button is ~24 px).
const STEP = 20;
const MARGIN = 12;
/** Kept between the badge and a control beside it. */
const GAP = 4;

/** The horizontal extents of the page's controls along the line the badge sits on, in [from, to). */
function controlsAlong(host: Element, y: number, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let x = from + STEP / 2; x < to; x += STEP) {
    const control = document.elementsFromPoint(x, y).find((element) => element !== host && element.matches(CONTROLS));
    if (!control) continue;
    const { left, right } = control.getBoundingClientRect();
    found.push([left, right]);
    x = Math.max(x, right);
  }
  return found;
}

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
