import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteSrcset,
  absoluteUrlOf,
  feedWidgetNote,
  findWidgets,
  prepareContentHtml,
  type Widget,
} from '../../../src/lib/syndication/html.ts';
import { escapeHtml, parseFragment } from '../../../src/lib/syndication/dom.ts';

const pageUrl = 'https://news.example/issues/57/';
const siteUrl = 'https://news.example/';
const prepare = (html: string, options: { pageUrl?: string; siteUrl?: string } = {}) =>
  prepareContentHtml(html, { pageUrl, siteUrl, ...options });

/** Every URL-bearing attribute value in the HTML. */
function urlsIn(html: string): string[] {
  const $ = parseFragment(html);
  return $('[href], [src], [poster], [cite], [action]')
    .toArray()
    .flatMap((element) =>
      ['href', 'src', 'poster', 'cite', 'action'].flatMap((name) => {
        const value = element.attribs[name];
        return value === undefined ? [] : [value];
      }),
    );
}

const widget = (attributes: Record<string, string>, inner = '<form><button>Go</button></form>') =>
  `<div ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')}>${inner}</div>`;

describe('absoluteUrlOf', () => {
  it.each([
    ['/issues/1/', pageUrl, 'https://news.example/issues/1/'],
    ['../', pageUrl, 'https://news.example/issues/'],
    ['image.png', pageUrl, 'https://news.example/issues/57/image.png'],
    ['#why', pageUrl, 'https://news.example/issues/57/#why'],
    ['?a=1&b=2', pageUrl, 'https://news.example/issues/57/?a=1&b=2'],
    ['//cdn.example/x.png', pageUrl, 'https://cdn.example/x.png'],
    ['https://other.example/a', pageUrl, 'https://other.example/a'],
    ['mailto:hi@news.example', pageUrl, 'mailto:hi@news.example'],
    [
      '/newsletter/topics/',
      'https://x.example/newsletter/issues/57/',
      'https://x.example/newsletter/topics/',
    ],
    ['  /padded/  ', pageUrl, 'https://news.example/padded/'],
    ['javascript-interview-tips/', pageUrl, 'https://news.example/issues/57/javascript-interview-tips/'],
    ['java\tscript:alert(1)', pageUrl, undefined],
    ['JavaScript:alert(1)', pageUrl, undefined],
    ['data:text/html,<b>x</b>', pageUrl, undefined],
    ['vbscript:x', pageUrl, undefined],
  ])('%j on %s → %s', (value, page, expected) => {
    expect(absoluteUrlOf(value, page)).toBe(expected);
  });

  it('gives an absolute https URL for any path, or undefined when there is none', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const url = absoluteUrlOf(path, pageUrl);
        if (url !== undefined) expect(url).toMatch(/^https:\/\/[^/]/);
      }),
    );
    expect(absoluteUrlOf('//', pageUrl)).toBeUndefined();
  });
});

describe('absoluteSrcset', () => {
  it.each([
    ['a.png 1x, /b.png 2x', 'https://news.example/issues/57/a.png 1x, https://news.example/b.png 2x'],
    ['/w.png 480w,/x.png 800w', 'https://news.example/w.png 480w, https://news.example/x.png 800w'],
    ['/only.png', 'https://news.example/only.png'],
    ['/a.png, /b.png 2x', 'https://news.example/a.png, https://news.example/b.png 2x'],
    ['  /a,b.png   1x  ', 'https://news.example/a,b.png 1x'],
  ])('%j → %j', (srcset, expected) => {
    expect(absoluteSrcset(srcset, pageUrl)).toBe(expected);
  });
});

describe('prepareContentHtml: URLs', () => {
  it.each([
    ['<a href="/issues/1/">one</a>', '<a href="https://news.example/issues/1/">one</a>'],
    ['<a href="#why">why</a>', '<a href="https://news.example/issues/57/#why">why</a>'],
    ['<img src="card.png" alt="">', '<img src="https://news.example/issues/57/card.png" alt="">'],
    [
      '<img srcset="a.png 1x, /b.png 2x" alt="">',
      '<img srcset="https://news.example/issues/57/a.png 1x, https://news.example/b.png 2x" alt="">',
    ],
    ['<blockquote cite="/q/">q</blockquote>', '<blockquote cite="https://news.example/q/">q</blockquote>'],
    ['<video poster="/p.jpg"></video>', '<video poster="https://news.example/p.jpg"></video>'],
    ['<a href="/s/?a=1&amp;b=2">s</a>', '<a href="https://news.example/s/?a=1&amp;b=2">s</a>'],
    ['<a href="mailto:me@news.example">mail</a>', '<a href="mailto:me@news.example">mail</a>'],
    ['<a href="//">broken</a>', '<a>broken</a>'],
    ['<img srcset="// 1x, /b.png 2x" alt="">', '<img srcset="https://news.example/b.png 2x" alt="">'],
  ])('%s', (input, expected) => {
    expect(prepare(input)).toBe(expected);
  });

  it('honours a base path through the page URL', () => {
    const html = prepare('<a href="/newsletter/topics/">t</a><a href="#x">x</a>', {
      pageUrl: 'https://x.example/newsletter/issues/57/',
      siteUrl: 'https://x.example/newsletter/',
    });
    expect(urlsIn(html)).toEqual([
      'https://x.example/newsletter/topics/',
      'https://x.example/newsletter/issues/57/#x',
    ]);
  });
});

describe('prepareContentHtml: scripts and Astro markers', () => {
  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['a module script', '<script type="module" src="/_astro/x.js"></script><p>a</p>', '<p>a</p>'],
    ['a style', '<style>p{color:red}</style><p>a</p>', '<p>a</p>'],
    ['a stylesheet link', '<link rel="stylesheet" href="/x.css"><p>a</p>', '<p>a</p>'],
    ['a comment', '<!-- note --><p>a<!-- inner --></p>', '<p>a</p>'],
    ['an event handler', '<p onclick="x()" onMouseOver="y()">a</p>', '<p>a</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['a template', '<template data-astro-template><p>x</p></template><p>a</p>', '<p>a</p>'],
    ['Astro scoping attributes', '<p data-astro-cid-abc123 class="x">a</p>', '<p class="x">a</p>'],
    [
      'an island wrapper',
      '<astro-island uid="1" component-url="/_astro/a.js" client="visible"><p>a</p></astro-island>',
      '<p>a</p>',
    ],
    ['a nested slot', '<astro-island><astro-slot><p>a</p></astro-slot></astro-island>', '<p>a</p>'],
    [
      'noscript, kept as content',
      '<noscript><p>Without JavaScript</p></noscript>',
      '<p>Without JavaScript</p>',
    ],
    ['a leading doctype', '<!DOCTYPE html><p>a</p>', '<p>a</p>'],
  ])('drops %s', (_, input, expected) => {
    expect(prepare(input)).toBe(expected);
  });

  it('keeps the author’s text and markup as it is', () => {
    const html =
      '<h2 id="why">Why they want to talk</h2><blockquote><p>“Declined … want?”</p></blockquote><p>You <em>never</em> know &amp; <q class="example">“The level is simply too low”</q></p>';
    expect(prepare(html)).toBe(html);
  });

  const fragments = fc.constantFrom(
    '<p>Text &amp; more</p>',
    '<script>alert(1)</script>',
    '<SCRIPT src="/x.js"></SCRIPT>',
    '<img src="a.png" onerror="alert(1)">',
    '<a href="javascript:void(0)">x</a>',
    '<noscript><script>alert(2)</script><p>n</p></noscript>',
    '<astro-island><script>1</script><p>i</p></astro-island>',
    '<svg><script>alert(3)</script></svg>',
    '<div data-widget="w" id="w"><script>4</script></div>',
  );

  it('never leaves a script, an event handler or a relative URL, whatever the mix', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 8 }), fc.webPath(), (parts, path) => {
        const html = prepare(`${parts.join('')}<a href="${escapeHtml(path)}">p</a>`);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\son\w+=/i);
        expect(html).not.toMatch(/javascript:/i);
        for (const url of urlsIn(html)) expect(url).toMatch(/^https:\/\//);
      }),
    );
  });

  it('keeps any text word for word', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = prepare(`<p>${escapeHtml(text)}</p>`);
        expect(parseFragment(html)('p').text()).toBe(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
    );
  });
});

describe('widgets', () => {
  const takeTheCall = {
    'data-widget': 'take-the-call',
    'data-widget-title': 'Should I take the call?',
    'data-widget-description': 'Answer four questions & see what to say.',
    'data-widget-url': 'https://news.example/tools/take-the-call/',
    id: 'take-the-call',
  };

  it('replaces a widget with its title, description and a link to its anchor', () => {
    const html = prepare(
      `<p>Before</p>${widget(takeTheCall, '<astro-island><form></form><script>x</script></astro-island>')}<p>After</p>`,
    );
    expect(html).toBe(
      '<p>Before</p><p data-widget-note="take-the-call"><strong>Should I take the call?</strong>: Answer four questions &amp; see what to say. Use it on the website: <a href="https://news.example/issues/57/#take-the-call">https://news.example/issues/57/#take-the-call</a></p><p>After</p>',
    );
    expect(parseFragment(html).root().text()).toContain(
      'Should I take the call?: Answer four questions & see what to say. Use it on the website: https://news.example/issues/57/#take-the-call',
    );
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'no id: the tool page',
      { 'data-widget': 'x', 'data-widget-url': 'https://news.example/tools/counteroffer/' },
      'https://news.example/tools/counteroffer/',
    ],
    ...[
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'https://evil.example/tools/counteroffer/',
      'https://news.example/tools/x/',
      '/tools/counteroffer/',
    ].map((url): [string, Record<string, string>, string] => [
      `no id, a tool URL not the site's (${url}): the issue page`,
      { 'data-widget': 'x', 'data-widget-url': url },
      'https://news.example/issues/57/',
    ]),
    ['no id, no tool page: the issue page', { 'data-widget': 'x' }, 'https://news.example/issues/57/'],
    ['an id with spaces', { 'data-widget': 'x', id: 'a b' }, 'https://news.example/issues/57/#a%20b'],
  ])('links to %s', (_, attributes, url) => {
    const [found] = findWidgets(widget(attributes), { pageUrl: `${pageUrl}#somewhere`, siteUrl });
    expect(found?.url).toBe(url);
  });

  it('never links a feed or email to a tool URL written with entities', () => {
    const html = '<div data-widget="x" data-widget-url="java&#115;cript:alert(1)"><form></form></div>';
    expect(prepare(html)).not.toMatch(/javascript/i);
    expect(prepareContentHtml(html, { pageUrl, siteUrl, widget: (w) => `<a href="${w.url}">x</a>` })).toBe(
      '<a href="https://news.example/issues/57/">x</a>',
    );
  });

  it('names an untitled widget and lists nested widgets once', () => {
    const html = widget({ 'data-widget': 'outer', id: 'o' }, widget({ 'data-widget': 'inner', id: 'i' }));
    expect(findWidgets(html, { pageUrl, siteUrl })).toEqual<Widget[]>([
      {
        kind: 'outer',
        title: 'An interactive tool',
        description: '',
        url: 'https://news.example/issues/57/#o',
      },
    ]);
    expect(prepare(html)).toBe(
      '<p data-widget-note="outer"><strong>An interactive tool</strong>: Use it on the website: <a href="https://news.example/issues/57/#o">https://news.example/issues/57/#o</a></p>',
    );
  });

  it('takes another rendering of the widget (the email’s callout)', () => {
    const html = prepareContentHtml(widget(takeTheCall), {
      pageUrl,
      siteUrl,
      widget: (w) => `<aside><a href="${w.url}">${escapeHtml(w.title)}</a></aside>`,
    });
    expect(html).toBe(
      '<aside><a href="https://news.example/issues/57/#take-the-call">Should I take the call?</a></aside>',
    );
  });

  it('escapes what the widget says', () => {
    const note = feedWidgetNote({
      kind: 'k"',
      title: '<b>T</b>',
      description: 'a < b',
      url: 'https://news.example/?a=1&b=2',
    });
    expect(note).toBe(
      '<p data-widget-note="k&quot;"><strong>&lt;b&gt;T&lt;/b&gt;</strong>: a &lt; b Use it on the website: <a href="https://news.example/?a=1&amp;b=2">https://news.example/?a=1&amp;b=2</a></p>',
    );
  });

  it('finds no widget where there is none (the widget may not be marked up yet)', () => {
    expect(
      findWidgets('<section class="take-the-call"><form></form></section>', { pageUrl, siteUrl }),
    ).toEqual([]);
  });
});

describe('links that only become scripts once parsed', () => {
  it('drops a javascript: link hidden behind an entity, and keeps a page named like one', () => {
    const html = prepareContentHtml(
      '<p><a href="java&#9;script:alert(1)">a</a> <a href="javascript-interview-tips/">b</a></p>',
      { pageUrl, siteUrl: 'https://news.example/' },
    );
    expect(html).not.toMatch(/script:/i);
    expect(html).toContain('href="https://news.example/issues/57/javascript-interview-tips/"');
  });
});
