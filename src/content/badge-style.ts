// The badge's own CSS, inside its shadow root: the console's styles cannot reach it, ours cannot
// leak out. It paints its own background (the entry's colour, text in black or white to match),
// and a two-tone ring, so it reads the same on the console's light and dark themes. It is set in
// the console's own typeface, which the page has loaded already: a font of its own would make the
// browser look fonts up (synchronously, on the page's main thread) the first time it is drawn.
export const BADGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
/* The production frame: four strips, not one box over the page, so that drawing it repaints
   only the edges, and never a click lands on it. */
.frame { display: contents; }
.edge { position: fixed; pointer-events: none; background: #d13212; border: 0 solid #fff; }
.edge.top { top: 0; left: 0; right: 0; height: 6px; border-bottom-width: 1px; }
.edge.bottom { bottom: 0; left: 0; right: 0; height: 6px; border-top-width: 1px; }
.edge.left { top: 0; bottom: 0; left: 0; width: 6px; border-right-width: 1px; }
.edge.right { top: 0; bottom: 0; right: 0; width: 6px; border-left-width: 1px; }
.badge { position: fixed; bottom: 0; left: var(--x, 50%); transform: translateX(-50%); pointer-events: auto;
  display: flex; align-items: center; gap: 6px; max-width: calc(100vw - 24px); min-height: 24px;
  padding: 2px 4px 2px 10px; border-radius: 7px 7px 0 0; background: var(--bg); color: var(--fg);
  font: 12px/1.35 "Amazon Ember", Arial, sans-serif;
  box-shadow: 0 0 0 1px rgba(0,0,0,.5), 0 0 0 2px rgba(255,255,255,.6), 0 -2px 8px rgba(0,0,0,.25);
  white-space: nowrap; }
.badge.prod { box-shadow: 0 0 0 2px #d13212, 0 0 0 3px #fff, 0 -2px 8px rgba(0,0,0,.3); }
.fields { display: flex; gap: 6px; min-width: 0; overflow: hidden; }
.fields > span { overflow: hidden; text-overflow: ellipsis; }
.fields > span + span::before { content: "·"; margin-right: 6px; opacity: .7; }
.name { font-weight: 700; }
.tag { font-size: 11px; font-weight: 700; padding: 0 5px; border-radius: 3px; border: 1px solid currentColor; }
.tag.prod { background: #d13212; color: #fff; border-color: #fff; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 4px;
  padding: 0 6px; min-height: 20px; cursor: pointer; }
button:hover { background: rgba(127,127,127,.25); }
button:focus-visible { outline: 2px solid var(--fg); outline-offset: 1px; }
button:disabled { opacity: .6; cursor: default; }
.toggle { border-color: transparent; padding: 0 5px; }
.toggle::before { content: ""; display: block; border: 4px solid transparent; border-top-color: currentColor; border-bottom-width: 0; }
.toggle[aria-expanded="false"]::before { border-top-width: 0; border-bottom: 4px solid currentColor; }
.badge.collapsed { padding: 2px 4px; }
.badge.warn { --bg: #fff3cd; --fg: #000; white-space: normal; max-width: min(560px, calc(100vw - 24px)); align-items: flex-start; }
.problem { display: grid; gap: 2px; padding: 2px 0; }
.problem strong::before { content: "⚠ "; }
`;
