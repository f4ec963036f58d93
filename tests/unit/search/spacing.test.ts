import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spaceBlocks } from '../../../src/lib/search/spacing.ts';

/** The text a reader sees, roughly: tags dropped, runs of space made one. */
const words = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('spaceBlocks', () => {
  it.each([
    [
      '<dl><dt>Verdict</dt><dd>Take the call.</dd><dt>Why</dt><dd>It helps.</dd></dl>',
      'Verdict Take the call. Why It helps.',
    ],
    ['<p>a high note.</p><h3>Why</h3>', 'a high note. Why'],
    ['<ul><li>One</li><li>Two</li></ul>', 'One Two'],
    ['<td>$1</td><td>$2</td>', '$1 $2'],
    ['line<br>break<br/>and<BR />more', 'line break and more'],
    ['<P>Upper</P><DIV>case</DIV>', 'Upper case'],
  ])('%s', (html, expected) => {
    expect(words(spaceBlocks(html))).toBe(expected);
  });

  it('leaves inline elements joined, as the reader sees them', () => {
    expect(words(spaceBlocks('<p><strong>count</strong>er<em>offer</em></p>'))).toBe('counteroffer');
  });

  it('only ever adds spaces (property)', () => {
    fc.assert(
      fc.property(fc.string(), (html) => {
        expect(spaceBlocks(html).replace(/ /g, '')).toBe(html.replace(/ /g, ''));
      }),
    );
  });
});
