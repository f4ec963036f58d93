import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSentences, describePost } from '../../../src/lib/import/describe.ts';

describe('descriptions', () => {
  it.each([
    ['Short. Two.', 'Short. Two.'],
    [`${'A'.repeat(150)}. ${'B'.repeat(100)}.`, `${'A'.repeat(150)}.`],
    [`${'word '.repeat(60)}`, `${'word '.repeat(39).trim()}…`],
  ])('first sentences of %#', (text, expected) => {
    expect(firstSentences(text)).toBe(expected);
  });

  it('never exceeds 200 characters and is never empty for text with a letter', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 600 }), (text) => {
        const description = describePost(undefined, text, 'Title');
        expect(description.length).toBeLessThanOrEqual(200);
        expect(description.length).toBeGreaterThan(0);
      }),
    );
  });

  it('prefers the platform’s own, without its markup', () => {
    expect(describePost('<p>What <b>this</b> is.</p>', 'Body text.', 'T')).toBe('What this is.');
  });
});
