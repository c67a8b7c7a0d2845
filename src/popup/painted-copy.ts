// The popup's first screen as it was last drawn, kept as plain data (tags, attributes, text) in the
// page's localStorage: the next opening draws it with a few DOM calls before the framework has even
// loaded (first-paint.ts), then the app, drawn from the same kept first screen, takes its place in
// one task (popup-main.tsx): nothing moves. Text is only ever text (textContent, text nodes), and only
// known tags and attributes are drawn back: a damaged or foreign copy draws less, never markup or
// script.

/** localStorage of the popup page (its own origin; the background never writes it). */
export const PAINTED_COPY_KEY = 'paintedFirstScreen';

/** An element: tag, attributes, children (text or elements). */
export type PaintedNode = string | [tag: string, attributes: Record<string, string>, ...children: PaintedNode[]];

export interface PaintedCopy {
  version: 1;
  /** navigator.language when it was drawn: texts of another language are not drawn. */
  language: string;
  /** The theme the user chose (`data-theme` of the page), if not the system's. */
  theme?: string;
  nodes: PaintedNode[];
}

const TAGS: ReadonlySet<string> = new Set(['main', 'header', 'footer', 'div', 'span', 'p', 'ul', 'li', 'button', 'input', 'mark', 'small', 'section']);
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'role', 'style', 'type', 'placeholder', 'title', 'tabindex', 'spellcheck', 'autocomplete', 'elementtiming', 'data-testid', 'hidden',
]);
const allowedAttribute = (name: string) => ATTRIBUTES.has(name) || /^aria-[a-z]+$/.test(name);
const THEMES: ReadonlySet<string> = new Set(['light', 'dark']);

/** What DOM calls this file makes: the page's document, or a stand-in in unit tests. */
export interface DomLike {
  createElement(tag: string): { setAttribute(name: string, value: string): void; append(...nodes: unknown[]): void };
  createTextNode(text: string): unknown;
}
/** The parts of a drawn node that are read back. */
export interface NodeLike {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<NodeLike>;
}

/** The data of drawn nodes (the app's), comments and unknown tags left out. */
export function copyOf(nodes: ArrayLike<NodeLike>): PaintedNode[] {
  const out: PaintedNode[] = [];
  for (const node of Array.from(nodes)) {
    if (node.nodeType === 3) out.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && node.localName && TAGS.has(node.localName)) {
      const attributes: Record<string, string> = {};
      for (const { name, value } of Array.from(node.attributes ?? [])) if (allowedAttribute(name)) attributes[name] = value;
      out.push([node.localName, attributes, ...copyOf(node.childNodes)]);
    }
  }
  return out;
}

/** The kept copy (its JSON text) if it is one, for this language; anything else: none. */
export function readPaintedCopy(text: string | undefined, language: string): PaintedCopy | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const copy = value as Partial<PaintedCopy> | null;
  if (!copy || copy.version !== 1 || copy.language !== language || !Array.isArray(copy.nodes)) return undefined;
  if (copy.theme !== undefined && !THEMES.has(copy.theme)) return undefined;
  return copy as PaintedCopy;
}

/** Draws kept nodes with `dom`: elements of known tags with known attributes, text as text. */
export function drawCopy(nodes: readonly unknown[], dom: DomLike): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') out.push(dom.createTextNode(node));
    else if (Array.isArray(node) && typeof node[0] === 'string' && TAGS.has(node[0]) && typeof node[1] === 'object' && node[1] !== null) {
      const element = dom.createElement(node[0]);
      for (const [name, value] of Object.entries(node[1] as Record<string, unknown>)) {
        if (allowedAttribute(name) && typeof value === 'string') element.setAttribute(name, value);
      }
      element.append(...drawCopy(node.slice(2), dom));
      out.push(element);
    }
  }
  return out;
}
