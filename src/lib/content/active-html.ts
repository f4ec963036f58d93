// The strict check on what readers get: the rendered HTML of an issue page's body, a feed item or
// an email, parsed as a browser parses it. Source lines cannot be trusted for this: entities
// (`&#x6A;avascript:`), JSX (`href={"java" + "script:…"}`) and a tag split over lines or written
// `<img src="x"/onerror=…>` only become what they are once rendered and parsed.
import type { CheerioAPI } from 'cheerio';
import { isElement, parseFragment, type HtmlElement } from '../syndication/dom.ts';
import { codeFreeLines } from './active-content.ts';

/** One piece of active markup in rendered HTML. */
export interface ActiveMarkup {
  /** What it is, in words: "an onerror attribute (an event handler)". */
  what: string;
  /** Text to find it by in the issue's source, most telling first: a value, then a name. */
  needles: string[];
  /** The element as rendered, shortened. */
  excerpt: string;
}

/** Elements that run code, load another document, or change where the page's links go. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'form',
]);
/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'longdesc',
]);
/** SVG animation elements: they can set any attribute, a handler or a link included. */
const SVG_ANIMATIONS = new Set(['set', 'animate', 'animatetransform', 'animatemotion']);
/** Inert images: the one kind of `data:` URL allowed, on an image. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i;

/** The scheme a browser reads from a URL attribute (tabs, newlines and controls dropped), lower case. */
export function urlScheme(value: string): string | undefined {
  try {
    return new URL(value, 'https://x.invalid/').protocol;
  } catch {
    return undefined;
  }
}

/**
 * Every script, frame, form, event handler, `srcdoc`, `meta` refresh, SVG animation of a
 * handler or link, and `javascript:`, `vbscript:` or `data:` URL in rendered HTML. The site's own
 * widgets (`[data-widget]`, Astro's islands) are not the author's markup and are left out: feeds
 * and email replace them with notes of their own.
 */
export function findActiveMarkup(html: string): ActiveMarkup[] {
  const $ = parseFragment(html);
  const found: ActiveMarkup[] = [];
  for (const element of authorElements($)) {
    const tag = element.tagName.toLowerCase();
    const excerpt = shorten($.html(element).split('>')[0] ?? '');
    const add = (what: string, ...needles: string[]) =>
      found.push({ what, needles: needles.filter((n) => n.length >= 4), excerpt: `${excerpt}>` });
    if (ACTIVE_ELEMENTS.has(tag)) add(`${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> element`, `<${tag}`);
    if (tag === 'meta' && /^\s*refresh\s*$/i.test(attribute(element, 'http-equiv') ?? ''))
      add('a <meta http-equiv="refresh"> (it sends readers to another page)', 'http-equiv', 'refresh');
    const animated = attribute(element, 'attributename') ?? '';
    if (SVG_ANIMATIONS.has(tag) && /^(?:on|(?:xlink:)?href$)/i.test(animated))
      add(`an SVG <${tag}> that sets ${animated}`, 'attributeName');
    for (const [name, value] of Object.entries(element.attribs)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) add(`an ${lower} attribute (an event handler)`, value.trim(), lower);
      else if (lower === 'srcdoc') add('a srcdoc attribute', lower);
      else if (URL_ATTRIBUTES.has(lower) || lower === 'srcset') {
        const urls = lower === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          const scheme = urlScheme(url);
          const image = (tag === 'img' || tag === 'source') && DATA_IMAGE.test(url.trim());
          if (scheme === 'javascript:' || scheme === 'vbscript:' || (scheme === 'data:' && !image))
            add(`a ${scheme} URL in ${lower}`, url.slice(url.indexOf(':') + 1).trim(), scheme.slice(-6));
        }
      }
    }
  }
  return found;
}

/** The elements of the fragment outside the site's own widgets and islands, in document order. */
function authorElements($: CheerioAPI): HtmlElement[] {
  $('[data-widget], astro-island').remove();
  return $('*').toArray().filter(isElement);
}

/** An attribute's value whatever its case (SVG's are camelCase once parsed). */
function attribute(element: HtmlElement, lowerName: string): string | undefined {
  return Object.entries(element.attribs).find(([name]) => name.toLowerCase() === lowerName)?.[1];
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}

/** The 1-based line of an issue's source, outside code, that first mentions the first needle found there. */
export function sourceLine(source: string, needles: readonly string[]): number | undefined {
  const lines = codeFreeLines(source).map(({ text }) => text.toLowerCase());
  for (const needle of needles) {
    const index = lines.findIndex((text) => text.includes(needle.toLowerCase()));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** The author's HTML in one file of a built site, with the issue it belongs to. */
export interface RenderedPart {
  /** The issue's number, when the file or the feed item names one. */
  issue: number | undefined;
  html: string;
}

/**
 * The parts of a built file that carry an issue's words: an issue page's body, an email's
 * whole document, each RSS or JSON Feed item's content. Other files hold none (an empty list).
 */
export function renderedParts(path: string, text: string): RenderedPart[] {
  const number = (value: string | undefined) => {
    const digits = /(?:^|\/)issues\/(\d+)\//.exec(value ?? '')?.[1];
    return digits === undefined ? undefined : Number(digits);
  };
  if (path === 'feed.json') {
    const items = (JSON.parse(text) as { items?: { url?: string; content_html?: string }[] }).items ?? [];
    return items.map((item) => ({ issue: number(new URL(item.url ?? '', 'https://x.invalid/').pathname.slice(1)), html: item.content_html ?? '' }));
  }
  if (path === 'rss.xml') {
    return [...text.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item = '']) => ({
      issue: number(new URL(/<link>([^<]*)<\/link>/.exec(item)?.[1] ?? '', 'https://x.invalid/').pathname.slice(1)),
      html: xmlText(/<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? ''),
    }));
  }
  if (!path.endsWith('.html')) return [];
  if (/^issues\/\d+\/email\//.test(path)) return [{ issue: number(path), html: text }];
  if (!text.includes('issue-body')) return [];
  const $ = parseFragment(text);
  return $('.issue-body')
    .toArray()
    .map((element) => ({ issue: number(path), html: $(element).html() ?? '' }));
}

/** The text of an XML element's content: CDATA as it is, escaped markup unescaped. */
function xmlText(content: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(content);
  if (cdata) return cdata[1] ?? '';
  return parseFragment(`<textarea>${content}</textarea>`).root().text();
}
