// HTML from a newsletter platform → clean Markdown: unified's rehype → remark pipeline does
// the conversion; the steps before it take off the platform's chrome, turn embeds into links,
// mark footnotes and point images at their local copies.
import type { Element, Root } from 'hast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { dropComments, flattenCards } from './cards.ts';
import { dropChrome } from './chrome.ts';
import { EMBED_STAND_IN, linkEmbeds } from './embeds.ts';
import { FOOTNOTE_DEFINITION, FOOTNOTE_REFERENCE, markFootnotes } from './footnotes.ts';
import { elements, prop, textOf } from './hast.ts';
import { imageSources, relinkImages, type ImageReport } from './images.ts';

/** The result of converting one post's HTML. */
export interface ConvertedBody extends ImageReport {
  /** The body as Markdown, ending with one newline. */
  markdown: string;
  /** The words a reader sees, in one line: for the description and the hash. */
  text: string;
}

const parser = unified().use(rehypeParse, { fragment: true });

/** The post's HTML as a tree, with chrome, embeds and footnotes dealt with. */
export function cleanTree(html: string): Root {
  const tree = parser.parse(html);
  dropComments(tree);
  flattenCards(tree);
  // Embeds first: many are empty wrappers that the chrome step would drop as blank.
  linkEmbeds(tree);
  dropChrome(tree);
  markFootnotes(tree);
  demoteHeadings(tree);
  return tree;
}

/** Image addresses the post uses once its chrome (tracking pixels) is gone. */
export function htmlImageSources(html: string): string[] {
  return imageSources(cleanTree(html));
}

/** The page has its own <h1> (the title): headings in the body start at <h2>. */
function demoteHeadings(tree: Root): void {
  const levels = [...elements(tree)]
    .map(({ node }) => /^h([1-6])$/.exec(node.tagName)?.[1])
    .filter(Boolean)
    .map(Number);
  const shift = levels.length > 0 ? Math.max(0, 2 - Math.min(...levels)) : 0;
  if (shift === 0) return;
  for (const { node } of elements(tree)) {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + shift)}`;
  }
}

const toMarkdown = unified()
  .use(rehypeRemark, {
    handlers: {
      [FOOTNOTE_REFERENCE]: (_state, node: Element): FootnoteReference => {
        const label = prop(node, 'dataLabel') as string;
        return { type: 'footnoteReference', identifier: label, label };
      },
      [FOOTNOTE_DEFINITION]: (state, node: Element): FootnoteDefinition => {
        const label = prop(node, 'dataLabel') as string;
        return {
          type: 'footnoteDefinition',
          identifier: label,
          label,
          children: state.toFlow(state.all(node)),
        };
      },
    },
  })
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    // Braces and angle brackets are escaped wherever they stand, so the file reads as
    // Markdown and never as code or HTML, even if it is renamed to .mdx one day.
    unsafe: [
      { character: '{', inConstruct: 'phrasing' },
      { character: '}', inConstruct: 'phrasing' },
      { character: '<', inConstruct: 'phrasing' },
      // A line of the post starting ":::" or "::x" would read as a directive (src/lib/tips/
      // directive.ts); ":x[" and ":x{" can't, as brackets and braces are escaped already.
      { character: ':', atBreak: true },
    ],
  });

/** The running text of the post (paragraphs and list items, no headings or notes): for the description. */
function readingText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties[EMBED_STAND_IN]) continue;
      if (child.tagName === 'p' || child.tagName === 'li') parts.push(textOf(child));
      else if (!/^(h[1-6]|table|figure|pre|x-footnote-definition)$/.test(child.tagName)) walk(child);
    }
  };
  walk(tree);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Converts a post's HTML; `resolveImage` gives an image's local reference, if it has one. */
export function htmlToMarkdown(
  html: string,
  resolveImage: (src: string) => string | undefined = () => undefined,
): ConvertedBody {
  const tree = cleanTree(html);
  const report = relinkImages(tree, resolveImage);
  const text = readingText(tree);
  const mdast = toMarkdown.runSync(tree);
  const markdown = toMarkdown
    .stringify(mdast)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown: markdown ? `${markdown}\n` : '', text, ...report };
}
