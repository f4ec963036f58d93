// Turns an issue's rendered body into HTML that works away from the site: in feed readers and
// (through src/lib/email) in mail clients. Absolute URLs, no scripts, widgets as short notes.
import type { CheerioAPI } from 'cheerio';
import { escapeHtml, isElement, parseFragment, type HtmlElement } from './dom.ts';
import { sanitizeContentHtml } from './sanitize.ts';
import { sitePathUrl } from '../paths/absolute.ts';
import { COUNTEROFFER_PATH, TAKE_THE_CALL_PATH, TOOLS_PATH } from '../paths/tool-paths.ts';

/** The paths a widget may name as its tool page. */
const TOOL_PAGES: readonly string[] = [TOOLS_PATH, TAKE_THE_CALL_PATH, COUNTEROFFER_PATH];

/** A widget embedded in an issue, as its wrapper element (`[data-widget]`) describes it. */
export interface Widget {
  /** What kind of widget it is (`data-widget`), e.g. "take-the-call". */
  kind: string;
  /** Its title (`data-widget-title`); "An interactive tool" when missing. */
  title: string;
  /** What it does, in a sentence (`data-widget-description`); may be empty. */
  description: string;
  /** Absolute URL of the widget in the web edition: its anchor on the issue page. */
  url: string;
}

/** Where the HTML comes from, and what stands in for each widget. */
export interface ContentHtmlOptions {
  /** Absolute URL of the page the HTML was rendered for; relative URLs resolve against it. */
  pageUrl: string;
  /** Absolute URL of the site's root, base path included ("https://x.example/newsletter/"). */
  siteUrl: string;
  /** The HTML that replaces a widget. Default: {@link feedWidgetNote}. */
  widget?: (widget: Widget) => string;
}

/** Elements that mean nothing without the site's scripts and styles: dropped with their content. */
const DROPPED = 'script, style, link, meta, base, template, object, embed';
/** Wrappers Astro adds around islands and slots, and `<noscript>`: dropped, their content kept. */
const UNWRAPPED = 'noscript, astro-island, astro-slot, astro-static-slot';
/** Attributes that hold one URL each. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'background'] as const;

/** The text a feed shows instead of a widget: what it is, and a link to use it on the website. */
export function feedWidgetNote(widget: Widget): string {
  const description = widget.description ? ` ${escapeHtml(widget.description)}` : '';
  const url = escapeHtml(widget.url);
  return `<p data-widget-note="${escapeHtml(widget.kind)}"><strong>${escapeHtml(widget.title)}</strong>:${description} Use it on the website: <a href="${url}">${url}</a></p>`;
}

// Stands in for a widget while the issue is sanitised: the note that replaces it is our own
// markup (tables and classes for email) and must not go through the allow-list.
const SLOT = 'widget-slot';

/**
 * The content HTML for a feed or an email: every URL absolute, widgets replaced, and only
 * allow-listed elements and attributes left (see sanitize.ts): no script, style, iframe, form,
 * SVG, event handler, `javascript:` link or Astro-only attribute.
 */
export function prepareContentHtml(html: string, options: ContentHtmlOptions): string {
  const $ = parseFragment(html);
  const render = options.widget ?? feedWidgetNote;
  const notes: string[] = [];
  // A marker per call, so a `<widget-slot>` an author typed can never pick up a note.
  const nonce = `w${notes.length}${Math.random().toString(36).slice(2, 10)}`;
  replaceWidgets($, {
    ...options,
    widget: (widget) => {
      notes.push(render(widget));
      return `<${SLOT} data-slot="${nonce}-${notes.length - 1}"></${SLOT}>`;
    },
  });
  stripActiveContent($);
  absolutiseUrls($, options.pageUrl);
  // Serialised by parse5 once more, so the output reads as it did before the sanitiser (`<img>`, not `<img />`).
  const clean = parseFragment(sanitizeContentHtml($.html(), { [SLOT]: ['data-slot'] })).html();
  const slot = new RegExp(`<${SLOT} data-slot="${nonce}-(\\d+)"></${SLOT}>`, 'g');
  return clean
    .replace(slot, (_, index: string) => notes[Number(index)] ?? '')
    .replace(new RegExp(`</?${SLOT}\\b[^>]*>`, 'g'), '')
    .trim();
}

/** The widgets in a piece of HTML, outermost first, in document order. */
export function findWidgets(
  html: string,
  options: Pick<ContentHtmlOptions, 'pageUrl' | 'siteUrl'>,
): Widget[] {
  const $ = parseFragment(html);
  return outermostWidgets($).map((element) => describeWidget(element, options));
}

/** Replaces each outermost `[data-widget]` element with the HTML `options.widget` gives for it. */
export function replaceWidgets($: CheerioAPI, options: ContentHtmlOptions): void {
  const render = options.widget ?? feedWidgetNote;
  for (const element of outermostWidgets($)) {
    $(element).replaceWith(render(describeWidget(element, options)));
  }
}

/** Removes scripts, styles, comments, event handlers, `javascript:` URLs and Astro's markers. */
export function stripActiveContent($: CheerioAPI): void {
  $(DROPPED).remove();
  // Innermost first, so a wrapper inside a wrapper is unwrapped too.
  $(UNWRAPPED)
    .toArray()
    .reverse()
    .forEach((element) => {
      $(element).replaceWith($(element).contents());
    });
  $.root()
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'comment')
    .remove();
  for (const element of elements($)) {
    for (const name of Object.keys(element.attribs)) {
      const lower = name.toLowerCase();
      const value = element.attribs[name] ?? '';
      if (lower.startsWith('on') || lower.startsWith('data-astro')) {
        $(element).removeAttr(name);
      } else if (isUrlAttribute(lower) && /^\s*(?:(?:javascript|vbscript):|data:text\/html)/i.test(value)) {
        $(element).removeAttr(name);
      }
    }
  }
}

/**
 * Rewrites every relative URL (href, src, srcset, poster, cite, action) to an absolute one;
 * a URL that cannot be resolved (such as "//") is removed, as it could only be a broken link.
 */
export function absolutiseUrls($: CheerioAPI, pageUrl: string): void {
  for (const element of elements($)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.attribs[name];
      if (value === undefined) continue;
      const absolute = absoluteUrlOf(value, pageUrl);
      if (absolute === undefined) $(element).removeAttr(name);
      else $(element).attr(name, absolute);
    }
    const srcset = element.attribs['srcset'];
    if (srcset !== undefined) $(element).attr('srcset', absoluteSrcset(srcset, pageUrl));
  }
}

/** The only kinds of URL a feed or an email may link to. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A URL as written in HTML, resolved against the page it appears on; undefined if it cannot be,
 * or if it resolves to anything but a web, mail or phone link. The check is made after parsing,
 * because entities and control characters ("java&#9;script:") only vanish then.
 */
export function absoluteUrlOf(value: string, pageUrl: string): string | undefined {
  try {
    const url = new URL(value.trim(), pageUrl);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `srcset` with every candidate's URL made absolute, descriptors kept. Parsed as the HTML
 * spec does: a URL runs to the next whitespace (a trailing comma ends the candidate), then
 * descriptors run to the next comma outside parentheses.
 */
export function absoluteSrcset(srcset: string, pageUrl: string): string {
  const candidates: string[] = [];
  let index = 0;
  while (index < srcset.length) {
    while (index < srcset.length && /[\s,]/.test(srcset.charAt(index))) index += 1;
    if (index >= srcset.length) break;
    const urlStart = index;
    while (index < srcset.length && !/\s/.test(srcset.charAt(index))) index += 1;
    let url = srcset.slice(urlStart, index);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = index;
      let depth = 0;
      while (index < srcset.length && !(srcset.charAt(index) === ',' && depth === 0)) {
        if (srcset.charAt(index) === '(') depth += 1;
        else if (srcset.charAt(index) === ')') depth = Math.max(0, depth - 1);
        index += 1;
      }
      descriptors = srcset.slice(descriptorStart, index).trim().replace(/\s+/g, ' ');
    }
    const absolute = absoluteUrlOf(url, pageUrl);
    // A candidate whose URL cannot be resolved is dropped: it could only be a broken link.
    if (absolute) candidates.push(descriptors ? `${absolute} ${descriptors}` : absolute);
  }
  return candidates.join(', ');
}

function isUrlAttribute(name: string): boolean {
  return (URL_ATTRIBUTES as readonly string[]).includes(name) || name === 'srcset' || name === 'formaction';
}

/** Every element of the fragment, in document order. */
function elements($: CheerioAPI): HtmlElement[] {
  return $('*').toArray().filter(isElement);
}

function outermostWidgets($: CheerioAPI): HtmlElement[] {
  return $('[data-widget]')
    .toArray()
    .filter((element) => isElement(element) && $(element).parents('[data-widget]').length === 0);
}

function describeWidget(
  element: HtmlElement,
  options: Pick<ContentHtmlOptions, 'pageUrl' | 'siteUrl'>,
): Widget {
  const attribute = (name: string) => (element.attribs[name] ?? '').trim();
  const page = new URL(options.pageUrl);
  page.hash = '';
  // Only the site's own tool pages: the attribute is in the markup, and the link it
  // becomes is put in after the sanitiser, so anything else ("java&#115;cript:…") would go out live.
  const toolUrl = TOOL_PAGES.map((path) => sitePathUrl(path, options.siteUrl)).find(
    (url) => url === attribute('data-widget-url'),
  );
  const id = attribute('id');
  return {
    kind: attribute('data-widget') || 'widget',
    title: attribute('data-widget-title') || 'An interactive tool',
    description: attribute('data-widget-description'),
    url: id ? `${page.href}#${encodeURIComponent(id)}` : (toolUrl ?? page.href),
  };
}
