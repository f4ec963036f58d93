import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/content/reading-time.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['They’re probably disappointed', 3],
    ['## Why they want to talk', 5],
    ['> “Declined a non-competitive offer”', 4],
    ['import Tip from "../components/Tip.astro";\n\nJust two', 2],
    ['<Tip title="Take the call">Have the call</Tip>', 3],
    ['A [link text](https://example.com/) here', 4],
    ['e.g., 4 years', 3],
  ])('%j has %i words', (source, words) => {
    expect(countWords(source)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('short')).toBe(1);
  });

  it('rounds words per minute', () => {
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('word '.repeat(Math.round(WORDS_PER_MINUTE * 4.6)))).toBe(5);
  });

  it('never decreases as text grows', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(500), (a, b) => {
        expect(readingMinutes('word '.repeat(a + b))).toBeGreaterThanOrEqual(readingMinutes('word '.repeat(a)));
      }),
    );
  });
});
