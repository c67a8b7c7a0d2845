// The badge's own CSS (badge.css, minified by the build: the console page loads it at every load), inside its shadow root: the console's styles cannot reach it, ours cannot
// leak out. It paints its own background (the entry's colour, text in black or white to match),
// and a two-tone ring, so it reads the same on the console's light and dark themes. It is set in
// the console's own typeface, which the page has loaded already: a font of its own would make the
// browser look fonts up (synchronously, on the page's main thread) the first time it is drawn.
/// <reference types="vite/client" />
import css from './badge.css?inline';

export const BADGE_CSS: string = css;
