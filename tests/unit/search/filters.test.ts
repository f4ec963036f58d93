import { describe, expect, it } from 'vitest';
import { describeFilters, filterSentence } from '../../../src/lib/search/filters.ts';
import { parseSearchQuery } from '../../../src/lib/search/query.ts';

const topics = [
  { slug: 'negotiation', name: 'Negotiation' },
  { slug: 'offers', name: 'Offers' },
];

const sentence = (search: string, known: typeof topics | null = topics) =>
  filterSentence(describeFilters(parseSearchQuery(search), search, known));

describe('describeFilters: issue 15, case 8 (search says what is filtering)', () => {
  it.each([
    ['?q=offer', ''],
    ['?q=offer&topic=negotiation', 'Filtered by topic: Negotiation.'],
    ['?q=offer&topic=negotiation&kind=tip', 'Filtered by topic: Negotiation and kind: Tips.'],
    ['?q=offer&topic=doesnotexist', 'Filtered by topic: “doesnotexist” (no topic has that name).'],
    ['?q=offer&kind=podcast', 'Not used from the link: kind: “podcast” (not a kind of page here, ignored).'],
    [
      '?q=offer&topic=offers&utm_source=mail',
      'Filtered by topic: Offers. Not used from the link: “utm_source=mail” (ignored).',
    ],
  ])('%s → %s', (search, expected) => {
    expect(sentence(search)).toBe(expected);
  });

  it('shows a topic as it is while the index’s topics load', () => {
    expect(sentence('?q=x&topic=anything', null)).toBe('Filtered by topic: “anything”.');
  });

  it('marks a topic the index lacks as unknown, and active', () => {
    const [note] = describeFilters(parseSearchQuery('?topic=nope'), '?topic=nope', topics);
    expect(note).toMatchObject({ param: 'topic', known: false, active: true });
  });
});
