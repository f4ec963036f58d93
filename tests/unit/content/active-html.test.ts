import { describe, expect, it } from 'vitest';
import { findActiveMarkup, renderedParts, sourceLine, urlScheme } from '../../../src/lib/content/active-html.ts';

describe('findActiveMarkup: the strict check reads rendered HTML as a browser does (issue 27)', () => {
  it.each([
    ['an entity-spelled javascript: link', '<a href="&#x6A;avascript:alert(1)">x</a>', 'a javascript: URL in href'],
    ['a decimal entity', '<a href="java&#115;cript:alert(1)">x</a>', 'a javascript: URL in href'],
    ['a tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>', 'a javascript: URL in href'],
    ['upper case and spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>', 'a javascript: URL in href'],
    ['vbscript', '<a href="vbscript:x">x</a>', 'a vbscript: URL in href'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'a data: URL in href'],
    ['a data: SVG image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', 'a data: URL in src'],
    ['an onerror split over two lines', '<img src="x"\n  onerror="alert(1)" alt="">', 'an onerror attribute (an event handler)'],
    ['a slash before the handler', '<img src="x"/onerror=alert(1)>', 'an onerror attribute (an event handler)'],
    ['an SVG <set> of a handler', '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>', 'an SVG <set> that sets onmouseover'],
    ['an SVG <animate> of a link', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', 'an SVG <animate> that sets href'],
    ['a meta refresh', '<meta http-equiv="Refresh" content="8;url=https://evil.example/">', 'a <meta http-equiv="refresh"> (it sends readers to another page)'],
    ['a script', '<script>alert(1)</script>', 'a <script> element'],
    ['an iframe with srcdoc', '<iframe srcdoc="<b>x</b>"></iframe>', 'an <iframe> element'],
    ['a form', '<form action="https://evil.example/"><button>Go</button></form>', 'a <form> element'],
    ['a srcset candidate', '<img alt="" srcset="a.png 1x, javascript:alert(1) 2x">', 'a javascript: URL in srcset'],
  ])('finds %s', (_case, html, what) => {
    expect(findActiveMarkup(html).map((f) => f.what)).toContain(what);
  });

  it.each([
    ['words that name markup', '<p>Never click a javascript: link or add an onerror handler.</p>'],
    ['code that shows it', '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>'],
    ['an inert image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">'],
    ['ordinary links', '<a href="https://example.com/">x</a> <a href="mailto:a@b.example">m</a> <a href="#top">t</a>'],
    ['a meta charset', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'],
    ['the site’s own widget', '<div data-widget="take-the-call"><astro-island><form></form></astro-island></div>'],
  ])('passes %s', (_case, html) => {
    expect(findActiveMarkup(html)).toEqual([]);
  });

  it('reads URL schemes as the URL parser does', () => {
    expect(urlScheme('\u0001 java\nscript:x')).toBe('javascript:');
    expect(urlScheme('/issues/1/')).toBe('https:');
  });

  it('finds the line that first mentions it in the issue’s source', () => {
    expect(sourceLine('---\nnumber: 1\n---\n\n<img src="x"\n  ONERROR="y">', ['onerror'])).toBe(6);
    expect(sourceLine('plain', ['onerror'])).toBeUndefined();
    const [link] = findActiveMarkup('<a href="javascript:alert(2)">x</a>');
    expect(sourceLine('Never click a javascript: link.\n\n<a href={"java" + "script:alert(2)"}>x</a>', link?.needles ?? [])).toBe(3);
  });
});

describe('renderedParts: where a built file holds an issue’s words', () => {
  it('an issue page: its body only, not the site’s own scripts', () => {
    const page = '<html><head><script>site()</script></head><body><div class="prose issue-body"><p>x</p></div></body></html>';
    expect(renderedParts('issues/12/index.html', page)).toEqual([{ issue: 12, html: '<p>x</p>' }]);
    expect(renderedParts('about/index.html', page.replace('issue-body', 'about'))).toEqual([]);
  });

  it('an email: the whole document', () => {
    expect(renderedParts('issues/7/email/index.html', '<p>x</p>')).toEqual([{ issue: 7, html: '<p>x</p>' }]);
  });

  it('each RSS item, CDATA or escaped, and each JSON Feed item', () => {
    const rss =
      '<rss><channel><item><link>https://x.example/issues/3/</link><content:encoded><![CDATA[<p>a</p>]]></content:encoded></item>' +
      '<item><link>https://x.example/b/issues/4/</link><content:encoded>&lt;p onclick="x"&gt;b&lt;/p&gt;</content:encoded></item></channel></rss>';
    expect(renderedParts('rss.xml', rss)).toEqual([
      { issue: 3, html: '<p>a</p>' },
      { issue: 4, html: '<p onclick="x">b</p>' },
    ]);
    const json = JSON.stringify({ items: [{ url: 'https://x.example/issues/5/', content_html: '<p>c</p>' }] });
    expect(renderedParts('feed.json', json)).toEqual([{ issue: 5, html: '<p>c</p>' }]);
  });
});

describe('sourceLine', () => {
  it('skips code, where markup is shown, not run', () => {
    expect(sourceLine('Use `<script>` with care.\n```\n<script>\n```\n<script>x</script>', ['<script'])).toBe(5);
  });
});
