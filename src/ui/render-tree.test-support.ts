// Preact components rendered without a browser, for unit tests: a component that uses no hooks is
// a plain function of its props, so the tree it returns can be walked and read as a person would
// (text, test ids, attributes). Shared by the welcome page's and the popup's tests.
import type { ComponentChild, VNode } from 'preact';

export interface Element { type: string; props: Record<string, unknown>; children: Element[]; text: string }

/** The elements a component tree renders to, function components called with their props. */
export function renderTree(node: ComponentChild): Element[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [{ type: '#text', props: {}, children: [], text: String(node) }];
  if (Array.isArray(node)) return node.flatMap(renderTree);
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') return renderTree((vnode.type as (p: unknown) => ComponentChild)(vnode.props));
  const children = renderTree(vnode.props.children as ComponentChild);
  // Preact keeps an element's ref beside its props: kept with them here, to tell which element gets it.
  const props = vnode.ref ? { ...vnode.props, ref: vnode.ref } : vnode.props;
  return [{ type: String(vnode.type), props, children, text: children.map((child) => child.text).join('') }];
}

/** Every element of a tree, parents before their children. */
export const all = (elements: Element[]): Element[] => elements.flatMap((element) => [element, ...all(element.children)]);

/** The elements with this `data-testid`. */
export const byTestId = (tree: Element[], id: string): Element[] => all(tree).filter((e) => e.props['data-testid'] === id);
