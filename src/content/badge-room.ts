// Whether the badge's default spot is free: the middle of the bottom edge, over the console
// footer's empty centre (its controls are at the left and right ends; the top bar is full of them).
// Usually it is, and that is all placement costs at load; when a control of the page lies there,
// badge-placement.ts (loaded then) finds another stretch. Runs in the frame after the badge is
// drawn, just before that frame's layout (badge-view.ts): what it reads is the layout the frame
// would do anyway, done once; it reads first, then writes once: no thrash.
const CONTROLS = 'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=tab],[role=menuitem],' +
  '[role=checkbox],[role=switch],[contenteditable=""],[contenteditable=true],[tabindex]:not([tabindex="-1"])';
// Narrower than any control worth the name (an icon button is ~24 px).
const STEP = 20;
export const MARGIN = 12;

/** The horizontal extents of the page's controls along the line the badge sits on, in [from, to). */
export function controlsAlong(host: Element, y: number, from: number, to: number): Array<[number, number]> {
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

/** The middle of the bottom edge (px from the left), when a badge `width` wide and `height` high
 *  covers no control there; undefined when it would. */
export function freeMiddle(host: Element, height: number, width: number): number | undefined {
  const middle = document.documentElement.clientWidth / 2;
  const y = window.innerHeight - height / 2;
  return controlsAlong(host, y, middle - width / 2, middle + width / 2).length === 0 ? middle : undefined;
}
