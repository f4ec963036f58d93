import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, splitExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('splitExcerpt', () => {
  it.each([
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'don’t burn that <mark>bridge</mark>. You never',
      [
        { text: 'don’t burn that ', mark: false },
        { text: 'bridge', mark: true },
        { text: '. You never', mark: false },
      ],
    ],
    ['<mark>a</mark><mark>b</mark>', [{ text: 'ab', mark: true }]],
    ['Tom &amp; Jerry &lt;b&gt; &#39;x&#x27;', [{ text: "Tom & Jerry <b> 'x'", mark: false }]],
    ['<script>alert(1)</script>hi', [{ text: 'alert(1)hi', mark: false }]],
    ['', []],
  ])('%j', (html, parts) => {
    expect(splitExcerpt(html)).toEqual(parts);
  });

  it('keeps every character of text without tags or entities', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<&]/.test(s)),
        (text) => {
          expect(
            splitExcerpt(text)
              .map((p) => p.text)
              .join(''),
          ).toBe(text);
        },
      ),
    );
  });

  it('leaves unknown or out-of-range entities alone', () => {
    expect(decodeEntities('&bogus; &#99999999;')).toBe('&bogus; &#99999999;');
  });
});
