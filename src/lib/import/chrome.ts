// Platform chrome: what a newsletter platform wraps around the author's words (subscribe
// buttons, share bars, tracking pixels, "view in browser") has no place in an issue page.
import type { Parents, Root } from 'hast';
import { classes, elements, prop, replace, textOf } from './hast.ts';

/** Elements that are never the author's words. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'head',
  'meta',
  'link',
  'title',
  'svg',
  'canvas',
  'map',
  'object',
  'dialog',
  'nav',
]);

/** Class or id words platforms give their chrome. */
const CHROME =
  /(?:^|[-_\s])(subscribe|subscription|share|social|button-wrapper|post-ufi|paywall|footer|preheader|like-button|comments?|unsubscribe|email-footer|header-anchor|cta)(?:$|[-_\s])/i;

/** Link text of "open this email in a browser" and friends. */
const BROWSER_LINK =
  /^\s*(view|read|open)\s+(this\s+|it\s+)?(email|post|issue|newsletter)?\s*(in\s+(your\s+|a\s+|the\s+)?browser|online|on\s+the\s+web)\s*\.?\s*$|^\s*unsubscribe\s*$|^\s*(share|subscribe( now)?|leave a comment|like)\s*$/i;

/** Whether an image is a tracking pixel: 1×1, hidden, or on a tracking path. */
function isPixel(width: string | undefined, height: string | undefined, src: string, style: string): boolean {
  const tiny = (value: string | undefined) => value !== undefined && Number.parseFloat(value) <= 1;
  return (
    tiny(width) ||
    tiny(height) ||
    /display\s*:\s*none/i.test(style) ||
    /\/(open|track|pixel|beacon)(\.gif|\.png|\/|\?|$)/i.test(src)
  );
}

/** Removes platform chrome from the tree, in place. */
export function dropChrome(tree: Root): void {
  const doomed: { node: Parents['children'][number]; parent: Parents }[] = [];
  for (const { node, parent } of elements(tree)) {
    const marker = `${classes(node).join(' ')} ${prop(node, 'id') ?? ''}`;
    const dropped =
      DROPPED_TAGS.has(node.tagName) ||
      CHROME.test(marker) ||
      (node.tagName === 'img' &&
        isPixel(
          prop(node, 'width'),
          prop(node, 'height'),
          prop(node, 'src') ?? '',
          prop(node, 'style') ?? '',
        )) ||
      (node.tagName === 'a' && BROWSER_LINK.test(textOf(node)));
    if (dropped) doomed.push({ node, parent });
  }
  for (const { node, parent } of doomed) replace(parent, node as never, []);
  dropEmptyBlocks(tree);
}

/** Paragraphs and wrappers left with nothing to read once chrome is gone. */
function dropEmptyBlocks(tree: Root): void {
  let removed = true;
  while (removed) {
    removed = false;
    for (const { node, parent } of elements(tree)) {
      if (!['p', 'div', 'span', 'section', 'td', 'center', 'table', 'tbody', 'tr'].includes(node.tagName))
        continue;
      const hasMedia = [...elements(node)].some(({ node: n }) =>
        ['img', 'iframe', 'video', 'audio', 'hr'].includes(n.tagName),
      );
      if (!hasMedia && textOf(node).trim() === '' && !['td'].includes(node.tagName)) {
        replace(parent, node, []);
        removed = true;
      }
    }
  }
}
