import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlImageSources, htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';
import { collectTips } from '../../../src/lib/tips/collect.ts';
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

  // Found by importing a made-up Substack export: the image sits in wrappers and a <picture>
  // inside the link, so the link stayed, and a missing image became a link inside a link.
  it.each([
    ['missing', () => undefined, '[A chart (image)](https://cdn.example/full.png)\n\n_Caption_\n'],
    ['copied', () => './001-x/full.png', '![A chart](./001-x/full.png)\n\n_Caption_\n'],
  ])('unwraps a Substack image-link around a %s image', (_name, resolve, expected) => {
    const html =
      '<div class="captioned-image-container"><figure><a class="image-link image2" href="https://cdn.example/fetch/full.png"><div class="image2-inset"><picture><source type="image/webp" srcset="https://cdn.example/w.webp 424w"><img src="https://cdn.example/full.png" alt="A chart"></picture><div class="image-link-expand"><button type="button"><svg></svg></button></div></div></a><figcaption class="image-caption">Caption</figcaption></figure></div>';
    expect(htmlToMarkdown(html, resolve).markdown).toBe(expected);
  });

  it('keeps a link that has words as well as an image', () => {
    expect(
      md('<p><a href="https://x.example/"><img src="https://cdn.example/i.png" alt="I"> Read</a></p>'),
    ).toBe('[[I (image)](https://cdn.example/i.png) Read](https://x.example/)\n');
  });

  it.each([
    [
      'a Ghost callout keeps its emoji beside its words',
      '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Say <em>no</em> kindly.</div></div>',
      '> 💡 Say _no_ kindly.\n',
    ],
    [
      'a Ghost bookmark is one link with its description, without the other site’s images',
      '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.com/a"><div class="kg-bookmark-content"><div class="kg-bookmark-title">An article</div><div class="kg-bookmark-description">What it says.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://example.com/favicon.ico" alt=""><span class="kg-bookmark-author">Example</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://example.com/thumb.jpg" alt=""></div></a></figure>',
      '[An article](https://example.com/a) — What it says.\n',
    ],
    [
      'HTML comments (Ghost’s card markers) go',
      '<!--kg-card-begin: html--><p>Kept</p><!--kg-card-end: html-->',
      'Kept\n',
    ],
  ])('%s', (_name, html, expected) => {
    const result = htmlToMarkdown(html);
    expect(result.markdown).toBe(expected);
    expect(result.missing).toEqual([]);
  });

  // Found on a made-up Substack export: the archive card read "… Watch it on youtube.com That’s it."
  it('leaves an embed’s stand-in link out of the words a description is made from', () => {
    const result = htmlToMarkdown(
      '<p>Before.</p><div class="youtube-wrap" data-attrs=\'{"videoId":"v1"}\'></div><p>After.</p>',
    );
    expect(result.markdown).toContain('[Watch it on youtube.com](https://www.youtube.com/watch?v=v1)');
    expect(result.text).toBe('Before. After.');
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

  it('never starts a line with ":::", which would open a directive and stop the build', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(':::', '::', ':', 'tip', 'é', '1', '{', '[', '#', ' ', 'a', '- ', '> ', '\n'),
        }),
        (words) => {
          const html = words
            .split('\n')
            .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
            .join('');
          const out = md(html);
          expect(out).not.toMatch(/^\s*:::/m);
          expect(() => collectTips(out, 'imported.md')).not.toThrow();
        },
      ),
    );
    expect(md('<p>:::tip{#a}</p><p>:::note</p><p>:::</p>')).toBe('\\:::tip\\{#a\\}\n\n\\:::note\n\n\\:::\n');
  });
});
