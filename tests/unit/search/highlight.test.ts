import { describe, expect, it } from 'vitest';
import { highlightMarkOptions, shouldMark } from '../../../src/lib/search/highlight.ts';

describe('highlighting on arrival', () => {
  it.each([
    ['recruiter', true],
    ['Counteroffer', true],
    ['the', false],
    ['To', false],
    ['a', false],
    [' ', false],
  ])('%s → %s', (term, expected) => {
    expect(shouldMark(term)).toBe(expected);
  });

  it('marks whole words only, with the class the stylesheet colours, never in ignored parts', () => {
    const options = highlightMarkOptions();
    expect(options.accuracy.value).toBe('exactly');
    expect(options.accuracy.limiters).toEqual(expect.arrayContaining([',', '.', '’', ')']));
    expect(options.className).toBe('pagefind-highlight');
    expect(options.exclude).toContain('[data-pagefind-ignore] *');
  });
});
