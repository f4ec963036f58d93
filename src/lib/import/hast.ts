// Small helpers over the HTML tree (hast) that the clean-up steps share.
import type { Element, ElementContent, Parents, Root, RootContent } from 'hast';

/** Every element under `tree`, parents before children, with its parent. */
export function* elements(tree: Parents): Generator<{ node: Element; parent: Parents }> {
  for (const child of [...tree.children]) {
    if (child.type !== 'element') continue;
    yield { node: child, parent: tree };
    yield* elements(child);
  }
}

/** The element's class names. */
export function classes(node: Element): string[] {
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** A property as a string, or undefined. */
export function prop(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text a reader sees in a node. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    const inner = node.children.map((child) => textOf(child)).join('');
    return node.type === 'element' &&
      ['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'tr'].includes(node.tagName)
      ? ` ${inner} `
      : inner;
  }
  return '';
}

/** Replaces a child of `parent` with zero or more nodes. */
export function replace(parent: Parents, node: ElementContent, replacement: ElementContent[]): void {
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1, ...(replacement as never[]));
}

/** A new element. */
export function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** A text node. */
export function t(value: string): ElementContent {
  return { type: 'text', value };
}
