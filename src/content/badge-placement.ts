// Where the badge sits: docked to the bottom edge, by default in the middle, over the console
// footer's empty centre (its controls are at the left and right ends; the top bar is full of them).
// If a control of the page lies under that spot, the badge moves to the next free spot. Layout is
// read once per check, after drawing, in one batch; then at most one style write: no thrash.
const CONTROLS = 'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=tab],[role=menuitem],' +
  '[role=checkbox],[role=switch],[contenteditable=""],[contenteditable=true],[tabindex]:not([tabindex="-1"])';
const SPOTS = [50, 36, 64, 22, 78];

export function placeBadge(host: Element, badge: HTMLElement): void {
  const { width, height } = badge.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const bottom = window.innerHeight;
  let best = { spot: SPOTS[0]!, hits: Infinity };
  for (const spot of SPOTS) {
    const centre = Math.min(Math.max((viewport * spot) / 100, width / 2 + 12), viewport - width / 2 - 12);
    const xs = [centre - width / 2 + 3, centre, centre + width / 2 - 3];
    const ys = [bottom - 3, bottom - height + 3];
    let hits = 0;
    for (const x of xs) for (const y of ys) if (controlAt(host, x, y)) hits++;
    if (hits < best.hits) best = { spot, hits };
    if (hits === 0) break;
  }
  const value = `${best.spot}%`;
  if (badge.style.getPropertyValue('--x') !== value) badge.style.setProperty('--x', value);
}

function controlAt(host: Element, x: number, y: number): boolean {
  return document.elementsFromPoint(x, y).some((element) => element !== host && !host.contains(element) && element.matches(CONTROLS));
}
