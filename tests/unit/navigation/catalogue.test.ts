import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { narrows, topicsWithPages, yearPagesNeeded } from '../../../src/lib/browse/catalogue.ts';

describe('narrows', () => {
  it.each([
    [0, 1, false],
    [1, 1, false],
    [5, 5, false],
    [1, 2, true],
    [4, 5, true],
  ])('%i of %i: %s', (count, total, expected) => {
    expect(narrows(count, total)).toBe(expected);
  });

  it('is true exactly for some but not all', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (count, total) => {
        expect(narrows(count, total)).toBe(count > 0 && count < total);
      }),
    );
  });
});

describe('topicsWithPages', () => {
  it('leaves out the topics every issue has: on a one-issue site, all of them', () => {
    const topics = [
      { slug: 'career', count: 1 },
      { slug: 'offers', count: 1 },
    ];
    expect(topicsWithPages(topics, 1)).toEqual([]);
  });

  it('keeps the topics some issues have, in their order', () => {
    const topics = [
      { slug: 'career', count: 300 },
      { slug: 'offers', count: 120 },
      { slug: 'vesting', count: 3 },
    ];
    expect(topicsWithPages(topics, 300).map((topic) => topic.slug)).toEqual(['offers', 'vesting']);
  });
});

describe('yearPagesNeeded', () => {
  it.each([
    [1, 1, 50, false],
    [1, 50, 50, false],
    [1, 51, 50, true],
    [2, 2, 50, true],
  ])('%i year(s), %i issues, %i on the front: %s', (years, issues, front, expected) => {
    expect(yearPagesNeeded(years, issues, front)).toBe(expected);
  });
});
