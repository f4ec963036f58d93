import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlImageSources, htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';
import { messyHtml } from '../../fixtures/import/exports.ts';

const md = (html: string) => htmlToMarkdown(html).markdown;

describe('htmlToMarkdown', () => {
  it.each([
    ['headings start at level 2', '<h1>A</h1><h2>B</h2>', '## A\n\n### B\n'],
    ['lists', '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>', '- a\n- b\n\n1. c\n'],
    ['quotes', '<blockquote><p>Said</p></blockquote>', '> Said\n'],
    [
      'links and emphasis',
      '<p><a href="https://x.example/">x</a> <em>e</em> <strong>s</strong></p>',
      '[x](https://x.example/) _e_ **s**\n',
    ],
    ['tables', '<table><tr><th>A</th></tr><tr><td>1</td></tr></table>', '| A |\n| - |\n| 1 |\n'],
    ['braces and angle brackets escaped', '<p>{x} &lt;b&gt; a &lt; b</p>', '\\{x\\} \\<b> a \\< b\n'],
    [
      'an iframe becomes a link',
      '<iframe src="//www.youtube.com/embed/abc" title="T"></iframe>',
      '[Watch: T (youtube.com)](https://www.youtube.com/watch?v=abc)\n',
    ],
    [
      'a Substack YouTube embed becomes a link',
      '<div class="youtube-wrap" data-attrs=\'{"videoId":"v1"}\'></div>',
      '[Watch it on youtube.com](https://www.youtube.com/watch?v=v1)\n',
    ],
    [
      'a video becomes a link',
      '<video><source src="https://v.example/a.mp4"></video>',
      '[Open it on v.example](https://v.example/a.mp4)\n',
    ],
    [
      'a script-only embed is dropped',
      '<p>Keep</p><script>x()</script><iframe src="javascript:x"></iframe>',
      'Keep\n',
    ],
    [
      'subscribe widgets go',
      '<p>Text</p><div class="subscription-widget"><p>Join 5,000 readers</p><form><input></form></div>',
      'Text\n',
    ],
    [
      'share buttons go',
      '<p>Text</p><p class="button-wrapper"><a href="https://s.example/share">Share</a></p>',
      'Text\n',
    ],
    [
      '"view in browser" goes',
      '<p><a href="https://x.example/v">View this email in your browser</a></p><p>Text</p>',
      'Text\n',
    ],
    [
      'tracking pixels go',
      '<p>Text<img src="https://t.example/open.gif" width="1" height="1"></p>',
      'Text\n',
    ],
    [
      'Substack footnotes',
      '<p>A<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1</a></p><div class="footnote" id="footnote-1"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>Note</p></div></div>',
      'A[^1]\n\n[^1]: Note\n',
    ],
    [
      'Markdown-renderer footnotes',
      '<p>B<sup><a href="#fn1" id="fnref1">1</a></sup></p><section class="footnotes"><ol><li id="fn1"><p>Note <a href="#fnref1">↩</a></p></li></ol></section>',
      'B[^1]\n\n[^1]: Note\n',
    ],
  ])('%s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('points images at their local copy, and leaves a missing one as a link', () => {
    const result = htmlToMarkdown(
      '<p><img src="https://cdn.example/a.png" alt="A"></p><p><img src="https://cdn.example/gone.png" alt="Gone"></p>',
      (src) => (src.endsWith('a.png') ? './001-x/a.png' : undefined),
    );
    expect(result.markdown).toBe('![A](./001-x/a.png)\n\n[Gone (image)](https://cdn.example/gone.png)\n');
    expect(result.missing).toEqual(['https://cdn.example/gone.png']);
  });

  it('gives an image without alt text its caption, and says so', () => {
    const result = htmlToMarkdown(
      '<figure><img src="https://cdn.example/a.png"><figcaption>The team</figcaption></figure>',
      () => './001-x/a.png',
    );
    expect(result.markdown).toBe('![The team](./001-x/a.png)\n\n_The team_\n');
    expect(result.withoutAlt).toEqual(['https://cdn.example/a.png']);
  });

  it('keeps every word of a messy post and none of its chrome', () => {
    const result = htmlToMarkdown(messyHtml(7));
    for (const words of [
      '## Heading 7',
      'Post 7 opens with a sentence.',
      '- First point',
      '> A quotation.',
      '| Offer | Counteroffer |',
      '[^1]: A footnote for post 7.',
    ]) {
      expect(result.markdown).toContain(words);
    }
    for (const chrome of ['View in browser', 'Subscribe', 'Share', 'open.gif', '<']) {
      expect(result.markdown.replace(/\\</g, '')).not.toContain(chrome);
    }
    expect(result.text.startsWith('Post 7 opens with a sentence.')).toBe(true);
  });

  it('lists the images a post uses, without tracking pixels', () => {
    expect(htmlImageSources(messyHtml(1, 'https://cdn.example/c.png'))).toEqual([
      'https://cdn.example/c.png',
      'https://old.example.invalid/missing-chart.png',
    ]);
  });

  it('never leaves a brace or an angle bracket that Markdown or MDX would read as code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('{', '}', '<', '>', 'a', ' ', '/', 'b', '&') }),
        (words) => {
          const html = `<p>${words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
          const out = md(html);
          expect(out).not.toMatch(/(^|[^\\])[{}<]/);
        },
      ),
    );
  });
});
