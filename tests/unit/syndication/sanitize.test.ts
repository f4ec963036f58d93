import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailWidgetCallout } from '../../../src/lib/email/callout.ts';
import { prepareContentHtml } from '../../../src/lib/syndication/html.ts';

const options = { pageUrl: 'https://news.example/issues/57/', siteUrl: 'https://news.example/' };
const clean = (html: string) => prepareContentHtml(html, options);

describe('prepareContentHtml: issue 15, case 9 (only known-safe markup leaves the site)', () => {
  it.each([
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>a</p>', '<p>a</p>'],
    ['an iframe with a src', '<iframe src="https://evil.example/"></iframe><p>a</p>', '<p>a</p>'],
    [
      'SVG animating a link to javascript:',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg><p>a</p>',
      '<p>a</p>',
    ],
    [
      'a form posting elsewhere',
      '<form action="https://evil.example/"><input name="q"><button formaction="javascript:x">Go</button></form>',
      'Go',
    ],
    ['an object', '<object data="https://evil.example/x.swf"></object><p>a</p>', '<p>a</p>'],
    ['an event attribute', '<p onclick="x()" onmouseover="y()">a</p>', '<p>a</p>'],
    ['a style attribute', '<p style="background:url(javascript:x)">a</p>', '<p>a</p>'],
    ['a data: link', '<a href="data:text/html,<script>x</script>">a</a>', '<a>a</a>'],
    ['a vbscript: image', '<img src="vbscript:x" alt="">', '<img alt="">'],
    ['a link element', '<link rel="stylesheet" href="/x.css"><p>a</p>', '<p>a</p>'],
    ['a math element', '<math><mtext><script>x</script></mtext></math><p>a</p>', '<p>a</p>'],
    ['an unknown element (its text kept)', '<marquee>hello</marquee>', 'hello'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:x"><p>a</p>', '<p>a</p>'],
  ])('removes %s', (_label, input, output) => {
    expect(clean(input)).toBe(output);
  });

  it.each([
    ['mailto:', '<a href="mailto:a@b.example">mail</a>'],
    ['tel:', '<a href="tel:+15551234">call</a>'],
    ['https:', '<a href="https://ok.example/">web</a>'],
    [
      'a table',
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    ],
    ['a quote with its source', '<blockquote cite="https://ok.example/"><p>Hi</p></blockquote>'],
    ['details', '<details open=""><summary>More</summary><p>x</p></details>'],
  ])('keeps %s', (_label, input) => {
    expect(clean(input)).toBe(input);
  });

  it('keeps the email’s own widget callout (tables and classes) whole', () => {
    const html = prepareContentHtml(
      '<div data-widget="x" data-widget-title="T" id="t"><iframe></iframe></div>',
      {
        ...options,
        widget: emailWidgetCallout,
      },
    );
    expect(html).toContain('<table role="presentation" class="callout');
    expect(html).toContain('bgcolor="#1f5fbf"');
  });

  it('never lets a note marker typed in an issue pick up a widget’s note', () => {
    expect(clean('<widget-slot data-slot="0"></widget-slot><p>a</p>')).toBe('<p>a</p>');
  });

  it('leaves no script, iframe, form, event attribute or non-web link, whatever the input', () => {
    const piece = fc.constantFrom(
      '<script>x</script>',
      '<iframe srcdoc="x">',
      '<form action="/x">',
      '<svg><animate values="javascript:x">',
      '<a href="javascript:x">',
      '<a href=" java\tscript:x">',
      '<img src=x onerror=alert(1)>',
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      'text',
      '&lt;script&gt;',
      '<!--',
      '-->',
      '<style>',
      '"',
      "'",
      '<',
      '>',
      '<a href="https://ok.example/">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = clean(pieces.join(''));
        expect(out).not.toMatch(/<(script|iframe|form|svg|animate|style|object|embed)\b/i);
        expect(out).not.toMatch(/\son\w+=/i);
        expect(out).not.toMatch(/(href|src)="(?!https?:|mailto:|tel:)/i);
      }),
      { numRuns: 500 },
    );
  });
});
