import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailWidgetCallout, CALLOUT_BUTTON_TEXT } from '../../../src/lib/email/callout.ts';
import { emailText, htmlToText, LinkReferences } from '../../../src/lib/email/text.ts';
import { escapeHtml } from '../../../src/lib/syndication/dom.ts';
import { edition } from './edition-fixture.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<p>One</p>\n<p>Two  words</p>', 'One\n\nTwo words', []],
    ['headings', '<h2>Why</h2><h3><span>Tip:</span> Take it</h3>', '## Why\n\n### Tip: Take it', []],
    ['a quotation', '<blockquote><p>One</p><p>Two</p></blockquote>', '> One\n>\n> Two', []],
    ['lists', '<ul><li>A</li><li>B</li></ul><ol><li>C</li></ol>', '- A\n- B\n\n1. C', []],
    ['nested lists', '<ul><li>A<ul><li>B</li></ul></li></ul>', '- A\n  - B', []],
    ['a line break', '<p>One<br>Two</p>', 'One\nTwo', []],
    ['an image', '<p><img src="x.png" alt="A chart"> here</p>', '[A chart] here', []],
    [
      'links, numbered in order, the same URL once',
      '<p><a href="https://a.example/">A</a>, <a href="https://b.example/">B</a> and <a href="https://a.example/">A again</a></p>',
      'A [1], B [2] and A again [1]',
      ['[1] https://a.example/', '[2] https://b.example/'],
    ],
    [
      'a link showing its own address',
      '<p><a href="https://a.example/">https://a.example/</a></p>',
      'https://a.example/',
      [],
    ],
    ['hidden text', '<p hidden>Secret</p><p>Shown</p>', 'Shown', []],
    [
      'a callout table',
      emailWidgetCallout({
        kind: 'k',
        title: 'T',
        description: 'D',
        url: 'https://x/#k',
      }),
      `Interactive\n\n### T\n\nD\n\n${CALLOUT_BUTTON_TEXT} [1]`,
      ['[1] https://x/#k'],
    ],
  ])('%s', (_, html, text, links) => {
    const references = new LinkReferences();
    expect(htmlToText(html, references)).toBe(text);
    expect(references.list()).toEqual(links);
  });

  it('keeps every word of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[\p{L}\p{N}’“”.,!?-]{1,12}$/u), { minLength: 1, maxLength: 20 }),
        (words) => {
          const text = htmlToText(
            `<p>${words.map(escapeHtml).join(' <em>x</em> ')}</p>`,
            new LinkReferences(),
          );
          expect(text).toBe(words.join(' x '));
        },
      ),
    );
  });
});

describe('emailText', () => {
  const text = emailText(edition);

  it('starts with the newsletter, the number and date, the title marked as a heading', () => {
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Career Quick Tips',
      'Issue #58 · 2 December 2026',
      '',
      '# Ask for the Level <You> Want',
      'Before you sign',
      '',
      'Read it on the web [1]',
      '',
    ]);
  });

  it('lists every link once, at the end, in order', () => {
    const links = text
      .slice(text.indexOf('\nLinks:\n') + 8)
      .trim()
      .split('\n');
    expect(links).toEqual([
      '[1] https://news.example/issues/58/',
      '[2] https://news.example/about/',
      '[3] https://news.example/issues/58/#take-the-call',
      '[4] https://news.example/issues/58/#counteroffer',
      '[5] {{unsubscribe_url}}',
      '[6] https://news.example/subscribe',
    ]);
    expect(text).toContain('Intro with a link [2] & a “quote”.');
    expect(text).toContain(`### Counteroffer builder\n\nCompare the offers.\n\n${CALLOUT_BUTTON_TEXT} [4]`);
  });
});
