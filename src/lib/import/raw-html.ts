// Raw HTML inside a Markdown export (Buttondown, a static-site generator) reaches the page as it
// is written: each piece that would run code (a script, an iframe, an `onclick`, a
// `javascript:` link) goes through the feeds' allow-list instead, and the author is told.
import type { Html, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findActiveMarkup } from '../content/active-html.ts';
import { sanitizeContentHtml } from '../syndication/sanitize.ts';

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

/** A piece of raw HTML through the allow-list; a lone opening tag (`<a href=…>` before its text) stays open. */
function inert(html: string): string {
  const clean = sanitizeContentHtml(html);
  const lone = /^<([a-z][\w-]*)\b[^>]*>$/i.exec(html.trim())?.[1];
  return lone ? clean.replace(new RegExp(`</${lone}>$`, 'i'), '') : clean;
}

/** The Markdown with active raw HTML made inert, and what was removed, in words. */
export function inertRawHtml(markdown: string): { markdown: string; removed: string[] } {
  const removed: string[] = [];
  let result = markdown;
  // From the end, so earlier offsets stay true as later pieces change length.
  for (const node of htmlNodes(parser.parse(markdown)).reverse()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const findings = findActiveMarkup(node.value);
    if (start === undefined || end === undefined || findings.length === 0) continue;
    removed.unshift(...findings.map((f) => `${f.what}: ${f.excerpt}`));
    result = result.slice(0, start) + inert(node.value) + result.slice(end);
  }
  return { markdown: result, removed };
}
