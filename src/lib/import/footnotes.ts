// Footnotes as platforms mark them (Substack's `footnote-anchor`/`div.footnote`, the
// `<section class="footnotes">` of Markdown renderers) become Markdown footnotes ([^1]).
import type { Element, Parents, Root } from 'hast';
import { classes, elements, h, prop, replace, textOf } from './hast.ts';

/** Tag names the converter maps to Markdown footnote nodes. */
export const FOOTNOTE_REFERENCE = 'x-footnote-reference';
export const FOOTNOTE_DEFINITION = 'x-footnote-definition';

/** Whether an element holds a list of footnotes (`<section class="footnotes">`, `<ol id="footnotes">`). */
function isFootnoteList(node: Element): boolean {
  return /footnotes/i.test(`${classes(node).join(' ')} ${prop(node, 'id') ?? ''}`);
}

/** Rewrites footnote references and definitions into marker elements, in place. */
export function markFootnotes(tree: Root): void {
  const definitions: { node: Element; parent: Parents; id: string }[] = [];
  for (const { node, parent } of elements(tree)) {
    // Substack's `<div class="footnote" id="footnote-1">`.
    if (classes(node).includes('footnote') && prop(node, 'id'))
      definitions.push({ node, parent, id: prop(node, 'id') as string });
  }
  for (const { node: list } of elements(tree)) {
    if (!isFootnoteList(list)) continue;
    for (const { node, parent } of elements(list)) {
      if (node.tagName === 'li' && prop(node, 'id'))
        definitions.push({ node, parent, id: prop(node, 'id') as string });
    }
  }
  if (definitions.length === 0) return;
  const labels = new Map(definitions.map((d, index) => [d.id, String(index + 1)]));
  const backrefTargets = new Set<string>();
  for (const { node, parent } of elements(tree)) {
    if (node.tagName !== 'a') continue;
    const target = prop(node, 'href')?.replace(/^#/, '') ?? '';
    const label = labels.get(target);
    if (label && !definitions.some((d) => [...elements(d.node)].some((e) => e.node === node))) {
      if (prop(node, 'id')) backrefTargets.add(prop(node, 'id') as string);
      // A reference in <sup> loses the <sup> with it.
      const holder =
        parent.type === 'element' && parent.tagName === 'sup' && parent.children.length === 1
          ? parent
          : undefined;
      const marker = h(FOOTNOTE_REFERENCE, { dataLabel: label }, []);
      if (holder) {
        const grand = [...elements(tree)].find((e) => e.node === holder)?.parent;
        if (grand) replace(grand, holder, [marker]);
      } else replace(parent, node, [marker]);
    }
  }
  for (const { node, parent, id } of definitions) {
    // Back links ("↩", the number linking back) are navigation, not the note.
    for (const { node: link, parent: linkParent } of [...elements(node)]) {
      const href = prop(link, 'href')?.replace(/^#/, '') ?? '';
      if (
        link.tagName === 'a' &&
        (backrefTargets.has(href) ||
          /footnote-?(number|backref)|backref/i.test(classes(link).join(' ')) ||
          /^\s*(↩|↑|\d+)\s*$/.test(textOf(link)))
      ) {
        replace(linkParent, link, []);
      }
    }
    replace(parent, node, []);
    (tree.children as Element[]).push(
      h(FOOTNOTE_DEFINITION, { dataLabel: labels.get(id) as string }, node.children),
    );
  }
  // Wrappers left empty (the <section class="footnotes"> and its <ol>, an <hr> before them).
  for (const { node, parent } of [...elements(tree)]) {
    if (
      /footnotes/i.test(`${classes(node).join(' ')} ${prop(node, 'id') ?? ''}`) &&
      textOf(node).trim() === ''
    )
      replace(parent, node, []);
  }
}
