// Raw HTML inside a Markdown export (Buttondown, a static-site generator) would reach the page as
// it is written: it goes through the feeds' allow-list instead, so nothing that runs code (a
// script, an iframe, an `onclick`, a `javascript:` link) or falls outside it is imported, and
// the author is told what was removed.
import type { Html, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findActiveMarkup } from '../content/active-html.ts';
import { parseFragment } from '../syndication/dom.ts';
import { ALLOWED_TAGS, sanitizeContentHtml } from '../syndication/sanitize.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Every raw HTML node of a Markdown document, in order. */
function htmlNodes(tree: Root): Html[] {
  const found: Html[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'html') found.push(node as Html);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return found;
}

/**
 * A piece of raw HTML through the allow-list. CommonMark splits HTML at blank lines, so a piece
 * may be a lone opening tag (`<div>` before its paragraphs), which stays open, or a lone closing
 * tag, kept when its element is allowed.
 */
function allowed(html: string): string {
  const closing = /^<\/([a-z][\w-]*)\s*>$/i.exec(html.trim())?.[1];
  if (closing) return ALLOWED_TAGS.includes(closing.toLowerCase()) ? html : '';
  const clean = sanitizeContentHtml(html);
  const lone = /^<([a-z][\w-]*)\b[^>]*>$/i.exec(html.trim())?.[1];
  return lone ? clean.replace(new RegExp(`</${lone}>$`, 'i'), '') : clean;
}

/** HTML as a browser would serialise it: two spellings of the same markup compare equal. */
const serialised = (html: string) => parseFragment(html).html().trim();

/**
 * The Markdown with its raw HTML through the feeds' allow-list, and what was removed, in words.
 * Raw HTML the allow-list passes unchanged stays exactly as the author wrote it.
 */
export function allowedRawHtml(markdown: string): { markdown: string; removed: string[] } {
  const removed: string[] = [];
  let result = markdown;
  // From the end, so earlier offsets stay true as later pieces change length.
  for (const node of htmlNodes(parser.parse(markdown)).reverse()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const clean = allowed(node.value);
    if (start === undefined || end === undefined || serialised(clean) === serialised(node.value)) continue;
    const findings = findActiveMarkup(node.value).map((f) => `${f.what}: ${f.excerpt}`);
    const excerpt = node.value.replace(/\s+/g, ' ').trim();
    removed.unshift(
      ...(findings.length > 0
        ? findings
        : [`markup outside the allow-list: ${excerpt.length > 80 ? `${excerpt.slice(0, 77)}…` : excerpt}`]),
    );
    result = result.slice(0, start) + clean + result.slice(end);
  }
  return { markdown: result, removed };
}
