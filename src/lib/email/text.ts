// The plain-text edition: the same words as the HTML edition, headings marked with "#",
// quotations with ">", lists with "-", and every link as a numbered reference at the end.
import { displayPublicationDay } from '../content/dates.ts';
import { isElement, parseFragment, type HtmlNode } from '../syndication/dom.ts';
import type { EmailEdition } from './edition.ts';
import { EMAIL_TEXT } from './html.ts';

/** Links collected while writing the text, numbered in order of first appearance. */
export class LinkReferences {
  readonly #numbers = new Map<string, number>();

  /** The reference number of a URL: the same URL always gets the same number. */
  number(url: string): number {
    let number = this.#numbers.get(url);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      this.#numbers.set(url, number);
    }
    return number;
  }

  /** "[1] https://…" lines, in order; empty when no link was seen. */
  list(): string[] {
    return [...this.#numbers].map(([url, number]) => `[${number}] ${url}`);
  }
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
/** Marks a paragraph break while the text is assembled (a private-use character, never in text). */
const BREAK = '\uE000';
/** Marks a line break (from `<br>`) while the text is assembled. */
const NEWLINE = '\uE001';
/** Marks one level of list indentation, which the trimming of lines must not remove. */
const INDENT = '\uE002';

/** A link as text: its words and its reference number ("the tool page [2]"). */
function linkText(words: string, href: string, references: LinkReferences): string {
  const text = words.trim();
  if (!href || href.startsWith('#')) return text;
  // A link that shows its own address needs no reference.
  if (text === href) return text;
  const marker = `[${references.number(href)}]`;
  return text ? `${text} ${marker}` : marker;
}

function render(node: HtmlNode, references: LinkReferences): string {
  if (node.type === 'text') return node.data.replace(/[\s\uE000\uE001]+/g, ' ');
  if (!isElement(node)) return '';
  const name = node.name.toLowerCase();
  if (SKIPPED.has(name) || node.attribs['hidden'] !== undefined) return '';
  const inner = () => node.children.map((child) => render(child, references)).join('');

  switch (name) {
    case 'br':
      return NEWLINE;
    case 'hr':
      return `${BREAK}---${BREAK}`;
    case 'img':
      return node.attribs['alt'] ? `[${node.attribs['alt']}]` : '';
    case 'a':
      return linkText(block(inner()), node.attribs['href'] ?? '', references);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `${BREAK}${'#'.repeat(Number(name.slice(1)))} ${block(inner())}${BREAK}`;
    case 'blockquote': {
      const quoted = finish(inner())
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join(NEWLINE);
      return `${BREAK}${quoted}${BREAK}`;
    }
    case 'ul':
    case 'ol': {
      const items = node.children.filter(isElement).map((child, index) => {
        const marker = name === 'ol' ? `${index + 1}.` : '-';
        // Lines after an item's first (a nested list, a second paragraph) are indented under it.
        const text = finish(render(child, references)).replace(/\n+/g, NEWLINE + INDENT);
        return `${marker} ${text}`;
      });
      return `${BREAK}${items.join(NEWLINE)}${BREAK}`;
    }
    case 'pre':
      return `${BREAK}${textOf(node).replace(/\n/g, NEWLINE)}${BREAK}`;
    default:
      return BLOCKS.has(name) ? `${BREAK}${inner()}${BREAK}` : inner();
  }
}

/** Text inside an inline context: paragraph breaks become spaces. */
function block(text: string): string {
  return text.replace(new RegExp(BREAK, 'g'), ' ').replace(/ {2,}/g, ' ').trim();
}

/** The raw text of a node, whitespace kept (for `<pre>`). */
function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

/** Assembled text to lines: spaces folded, one blank line between blocks, no trailing space. */
function finish(text: string): string {
  return text
    .split(BREAK)
    .map((part) =>
      part
        .split(NEWLINE)
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** An HTML fragment as plain text; its links are added to `references`. */
export function htmlToText(html: string, references: LinkReferences): string {
  const $ = parseFragment(html);
  const text = finish(
    $.root()
      .contents()
      .toArray()
      .map((node) => render(node, references))
      .join(''),
  );
  return text.replace(new RegExp(INDENT, 'g'), '  ');
}

/** The text edition of an issue: header, body, footer, then the numbered links. */
export function emailText(edition: EmailEdition): string {
  const { issue, site } = edition;
  const references = new LinkReferences();
  const header = [
    site.name,
    `Issue #${issue.number} · ${displayPublicationDay(issue.date, issue.dateOffset)}`,
    '',
    `# ${issue.title}`,
    ...(issue.subtitle ? [issue.subtitle] : []),
    '',
    linkText(EMAIL_TEXT.readOnWeb, issue.url, references),
  ];
  const body = htmlToText(edition.bodyHtml, references);
  const footer = [
    '--',
    `${EMAIL_TEXT.why(site.name)} ${linkText(EMAIL_TEXT.unsubscribe, site.unsubscribeUrl, references)}`,
    `${EMAIL_TEXT.forwarded} ${linkText(EMAIL_TEXT.subscribe, site.subscribeUrl, references)}`,
  ];
  return [...header, '', body, '', ...footer, '', 'Links:', ...references.list(), ''].join('\n');
}
