import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curlyQuotes, readableExcerpt } from '../../../src/lib/search/readable.ts';
import type { ExcerptPart } from '../../../src/lib/search/excerpt.ts';

const plain = (text: string): ExcerptPart => ({ text, mark: false });
const marked = (text: string): ExcerptPart => ({ text, mark: true });

describe('curlyQuotes', () => {
  it.each([
    [`"Take the call," she said.`, '“Take the call,” she said.'],
    [`It's the offer's best part`, 'It’s the offer’s best part'],
    [`say 'no' (or "maybe")`, 'say ‘no’ (or “maybe”)'],
    ['no quotes', 'no quotes'],
  ])('%s', (text, expected) => {
    expect(curlyQuotes(text)).toBe(expected);
  });

  it('keeps the length, so offsets into the text hold', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(curlyQuotes(text).length).toBe(text.length);
      }),
    );
  });
});

describe('readableExcerpt', () => {
  it('starts at the next sentence when one begins before the first highlight', () => {
    const parts = [
      plain('call? You declined their offer, and the '),
      marked('company'),
      plain(' still calls.'),
    ];
    expect(readableExcerpt(parts)).toEqual([
      plain('You declined their offer, and the '),
      marked('company'),
      plain(' still calls.'),
    ]);
  });

  it('says it starts mid-sentence with an ellipsis when no sentence begins before the highlight', () => {
    const parts = [plain('to talk with you about the '), marked('offer'), plain(' they made')];
    expect(readableExcerpt(parts)).toEqual([
      plain('…to talk with you about the '),
      marked('offer'),
      plain(' they made…'),
    ]);
  });

  it('knows a capitalised word mid-sentence from a sentence’s start, given the page’s text', () => {
    const parts = [
      plain('Discuss the Job '),
      marked('Offer'),
      plain('. Even if you already turned them down.'),
    ];
    const content = 'Quick Tip – Always Discuss the Job Offer. Even if you already turned them down.';
    expect(readableExcerpt(parts, content)[0]).toEqual(plain('…Discuss the Job '));
    expect(readableExcerpt(parts, 'Discuss the Job Offer. Even if…')[0]).toEqual(plain('Discuss the Job '));
  });

  it('marks the word, not the punctuation Pagefind keeps with it', () => {
    expect(
      readableExcerpt([plain('Always discuss the job '), marked('Offer.'), plain(' Then decide.')]),
    ).toEqual([plain('Always discuss the job '), marked('Offer'), plain('. Then decide.')]);
  });

  it('curls quotes in the excerpt, the highlight kept in place', () => {
    expect(readableExcerpt([plain(`"It's too `), marked('late'), plain(`," they said.`)])).toEqual([
      plain('“It’s too '),
      marked('late'),
      plain(',” they said.'),
    ]);
  });

  it('leaves an empty excerpt empty', () => {
    expect(readableExcerpt([])).toEqual([]);
    expect(readableExcerpt([plain('   ')])).toEqual([]);
  });

  it('keeps every highlighted word, and never marks a space or punctuation at either end', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const gap = fc.constantFrom(' ', ', ', '. ', ' "', '" ', "'");
    const part = fc.tuple(gap, word, fc.boolean());
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (pieces) => {
        const parts = pieces.flatMap(([space, text, mark]) => [plain(space), { text, mark }]);
        const out = readableExcerpt(parts);
        const words = (list: ExcerptPart[]) => list.filter((p) => p.mark).map((p) => p.text);
        for (const text of words(out)) expect(text).toMatch(/^[A-Za-z](.*[A-Za-z])?$/);
        // Highlights are dropped only with the words cut before the sentence the excerpt starts at.
        const given = words(parts);
        expect(given.slice(given.length - words(out).length)).toEqual(words(out));
      }),
    );
  });
});
