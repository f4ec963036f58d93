import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN, morePages, nearEnd, RESULTS_PAGE } from '../../../src/lib/search/paging.ts';

describe('paging', () => {
  it('starts below a page, so a first screen is not kept waiting on the results below it', () => {
    expect(FIRST_SCREEN).toBeGreaterThan(0);
    expect(FIRST_SCREEN).toBeLessThan(RESULTS_PAGE);
  });

  it.each([
    [FIRST_SCREEN, RESULTS_PAGE, RESULTS_PAGE],
    [RESULTS_PAGE, RESULTS_PAGE, 2 * RESULTS_PAGE],
    [2 * RESULTS_PAGE, 2 * RESULTS_PAGE, 3 * RESULTS_PAGE],
  ])('with %i shown: near the end %i, asked for more %i', (shown, near, more) => {
    expect(nearEnd(shown)).toBe(near);
    expect(morePages(shown)).toBe(more);
  });

  it('never shows fewer, and asking always shows more, up to the next whole page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (shown) => {
        expect(nearEnd(shown)).toBeGreaterThanOrEqual(shown);
        expect(nearEnd(nearEnd(shown))).toBe(nearEnd(shown));
        expect(morePages(shown)).toBeGreaterThan(shown);
        expect(morePages(shown) - shown).toBeLessThanOrEqual(RESULTS_PAGE);
      }),
    );
  });
});
