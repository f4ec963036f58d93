import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPages } from '../../../src/lib/content/pages.ts';

describe('splitPages', () => {
  it.each([
    [0, 3, [0]],
    [1, 3, [1]],
    [3, 3, [3]],
    [4, 3, [3, 1]],
    [7, 2, [2, 2, 2, 1]],
  ])('%i items in pages of %i → page sizes %j', (count, size, sizes) => {
    const pages = splitPages(
      Array.from({ length: count }, (_, index) => index),
      size,
    );
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.page)).toEqual(sizes.map((_, index) => index + 1));
    expect(new Set(pages.map((page) => page.pages))).toEqual(new Set([sizes.length]));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a page size of %d', (size) => {
    expect(() => splitPages([1], size)).toThrow(`A page holds at least one item, not ${size}.`);
  });

  it('keeps every item once, in order, and never overfills a page', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const pages = splitPages(items, size);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(size);
        // Only the last page may be short, and only an empty list has an empty page.
        for (const page of pages.slice(0, -1)) expect(page.items.length).toBe(size);
        expect(pages.length).toBe(Math.max(1, Math.ceil(items.length / size)));
      }),
    );
  });
});
