import { describe, expect, it } from 'vitest';
import { allowedRawHtml } from '../../../src/lib/import/raw-html.ts';

describe('raw HTML in Markdown exports goes through the feeds’ allow-list (issue 27)', () => {
  it.each([
    ['plain Markdown', 'Text *only*.\n'],
    [
      'allowed markup, as written',
      'A<br>break and <abbr title="x">X</abbr>.\n\n<details>\n<summary>More</summary>\nText\n</details>\n',
    ],
    ['a wrapper split by blank lines', '<div class="note">\n\nInside.\n\n</div>\n'],
    ['code that shows markup', '`<script>` and\n\n```html\n<script>x</script>\n```\n'],
  ])('keeps %s', (_case, markdown) => {
    expect(allowedRawHtml(markdown)).toEqual({ markdown, removed: [] });
  });

  it.each([
    ['<script>alert(1)</script>\n', '\n', ['a <script> element: <script>']],
    [
      '<iframe src="https://x.example/"></iframe>\n',
      '\n',
      ['an <iframe> element: <iframe src="https://x.example/">'],
    ],
    [
      'A <a href="java&#115;cript:x">link</a>.\n',
      'A <a>link</a>.\n',
      ['a javascript: URL in href: <a href="javascript:x">'],
    ],
    ['<p onclick="x">Hi</p>\n', '<p>Hi</p>\n', ['an onclick attribute (an event handler): <p onclick="x">']],
    [
      'A <span style="color:red">red</span> word.\n',
      'A <span>red</span> word.\n',
      ['markup outside the allow-list: <span style="color:red">'],
    ],
    ['<form action="/x"><input name="q"></form>\n', '\n', ['a <form> element: <form action="/x">']],
  ])('%j', (markdown, expected, removed) => {
    expect(allowedRawHtml(markdown)).toEqual({ markdown: expected, removed });
  });
});
