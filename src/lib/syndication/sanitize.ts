// The last step before an issue leaves the site for a feed reader or a mail client, neither of
// which has our Content Security Policy: an allow-list, so only markup we know to be inert gets
// through, whatever an issue (or a future MDX component) renders. sanitize-html does the parsing
// and the attribute and URL checks; this file only says what is allowed.
import sanitizeHtml from 'sanitize-html';

/** Elements a newsletter issue may use in a feed or an email: text, lists, tables, quotes, images. */
export const ALLOWED_TAGS: readonly string[] = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'video',
  'audio',
  'wbr',
];

/** Attributes allowed per element ('*': on every element). No `on…`, `style`, `srcdoc` or `form…`. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['id', 'class', 'title', 'lang', 'dir'],
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
  source: ['src', 'srcset', 'sizes', 'media', 'type'],
  video: ['src', 'poster', 'controls', 'width', 'height', 'preload'],
  audio: ['src', 'controls', 'preload'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

/** The only kinds of link that may leave the site: web, mail and phone. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

// Dropped with everything inside them: their content is code or a document of its own, not text.
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'iframe',
  'frame',
  'frameset',
  'template',
  'svg',
  'math',
  'object',
  'embed',
  'noembed',
  'noframes',
  'xmp',
  'title',
  'select',
];

/**
 * The HTML with every element and attribute outside the allow-list removed (an unknown element's
 * text is kept), and every URL not http(s), mailto or tel dropped. `extra` allows more tags with
 * their attributes, for markers the caller puts in and takes out again.
 */
export function sanitizeContentHtml(html: string, extra: Record<string, string[]> = {}): string {
  const allowedAttributes: Record<string, string[]> = { ...extra };
  for (const [tag, names] of Object.entries(ALLOWED_ATTRIBUTES)) allowedAttributes[tag] = [...names];
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS, ...Object.keys(extra)],
    allowedAttributes,
    allowedSchemes: [...ALLOWED_SCHEMES],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'srcset', 'poster'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    parseStyleAttributes: false,
  });
}
