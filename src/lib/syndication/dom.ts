// The HTML tree the feed and email editions work on: cheerio (already installed for juice),
// parsed with parse5 as a browser would, entities decoded on read and encoded on write.
import { contains, load, type CheerioAPI } from 'cheerio';

/** Any node of a parsed fragment: element, text, comment. */
export type HtmlNode = Parameters<typeof contains>[0];

/** An element node of a parsed fragment. */
export type HtmlElement = Extract<
  HtmlNode,
  { type: 'tag' | 'script' | 'style'; attribs: Record<string, string> }
>;

/**
 * Parses an HTML fragment (not a whole document). `<noscript>` content is parsed as markup,
 * as a reader with scripting off sees it, so it can be kept when scripts are dropped.
 */
export function parseFragment(html: string): CheerioAPI {
  return load(html.replace(/^\s*<!doctype html>/i, ''), { scriptingEnabled: false }, false);
}

/** Whether a node is an element (a tag, `<script>` or `<style>`), not text or a comment. */
export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Escapes text for use inside HTML, in element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
