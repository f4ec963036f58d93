// Ghost's editor cards, as its export renders them: a callout (an emoji beside a sentence) and
// a bookmark (a title, a description, a favicon and a thumbnail inside one link). Left to the
// generic conversion, a callout's emoji stands alone as a paragraph, and a bookmark becomes
// three links and two images of someone else's site with made-up alt text.
import type { Element, Root, RootContent } from 'hast';
import { classes, elements, h, prop, replace, t, textOf } from './hast.ts';

const words = (node: Element | undefined) => (node ? textOf(node).replace(/\s+/g, ' ').trim() : '');

/** The first element under `node` with a class, if any. */
function withClass(node: Element, name: string): Element | undefined {
  return [...elements(node)].find(({ node: n }) => classes(n).includes(name))?.node;
}

/** Replaces callout and bookmark cards with what they say, in place. */
export function flattenCards(tree: Root): void {
  for (const { node, parent } of [...elements(tree)]) {
    const kind = classes(node);
    if (kind.includes('kg-callout-card')) {
      const emoji = words(withClass(node, 'kg-callout-emoji'));
      const text = withClass(node, 'kg-callout-text');
      replace(parent, node, [
        h('blockquote', {}, [h('p', {}, [...(emoji ? [t(`${emoji} `)] : []), ...(text?.children ?? [])])]),
      ]);
    } else if (kind.includes('kg-bookmark-card')) {
      const link = [...elements(node)].find(({ node: n }) => n.tagName === 'a')?.node;
      const href = link ? prop(link, 'href') : undefined;
      const title = words(withClass(node, 'kg-bookmark-title')) || href;
      const description = words(withClass(node, 'kg-bookmark-description'));
      replace(
        parent,
        node,
        href && title
          ? [h('p', {}, [h('a', { href }, [t(title)]), ...(description ? [t(` — ${description}`)] : [])])]
          : [],
      );
    }
  }
}

/** Removes HTML comments (Ghost's `<!--kg-card-begin: html-->` markers), in place. */
export function dropComments(tree: Root | Element): void {
  const kept = (tree.children as RootContent[]).filter((child) => child.type !== 'comment');
  tree.children = kept as typeof tree.children;
  for (const child of kept) if (child.type === 'element') dropComments(child);
}
