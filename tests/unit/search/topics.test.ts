import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicsFromNames, topicsFromSlugs } from '../../../src/lib/search/topics.ts';

describe('topicsFromNames', () => {
  it.each([
    [{}, []],
    [
      { offers: 'Offers', negotiation: 'Negotiation' },
      [
        { slug: 'negotiation', name: 'Negotiation' },
        { slug: 'offers', name: 'Offers' },
      ],
    ],
    [{ 'job-offers': '' }, [{ slug: 'job-offers', name: 'job-offers' }]],
  ])('%j → %j', (names, expected) => {
    expect(topicsFromNames(names)).toEqual(expected);
  });

  it.each([[null], ['negotiation'], [['negotiation']], [{ negotiation: 3 }], [42]])(
    'is null for %j, which is not a map of names',
    (names) => {
      expect(topicsFromNames(names)).toBeNull();
    },
  );

  it('keeps every slug once, in the order of the names', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (names) => {
        const topics = topicsFromNames(names) ?? [];
        expect(topics.map((topic) => topic.slug).sort()).toEqual(Object.keys(names).sort());
        const shown = topics.map((topic) => topic.name);
        expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
      }),
    );
  });
});

describe('topicsFromSlugs', () => {
  it('shows each slug as its name, sorted', () => {
    expect(topicsFromSlugs(['offers', 'career'])).toEqual([
      { slug: 'career', name: 'career' },
      { slug: 'offers', name: 'offers' },
    ]);
  });
});
