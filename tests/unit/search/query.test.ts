import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSearchQuery, MAX_QUERY_LENGTH, parseSearchQuery } from '../../../src/lib/search/query.ts';

describe('parseSearchQuery', () => {
  it.each([
    ['?q=counteroffer&topic=negotiation', { q: 'counteroffer', topic: 'negotiation', kind: '' }],
    ['q=bridge&kind=tip', { q: 'bridge', topic: '', kind: 'tip' }],
    ['?q=%20two%20%20words%20', { q: 'two words', topic: '', kind: '' }],
    ['?q=a&q=b', { q: 'a', topic: '', kind: '' }],
    ['?kind=podcast&unknown=1', { q: '', topic: '', kind: '' }],
    ['?q=%E0%A4%A', { q: '\ufffd%A', topic: '', kind: '' }],
    ['', { q: '', topic: '', kind: '' }],
  ])('%j → %j', (search, expected) => {
    expect(parseSearchQuery(search)).toEqual(expected);
  });

  it('caps the query length', () => {
    expect(parseSearchQuery(`?q=${'x'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const query = parseSearchQuery(text);
        expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
    );
  });

  it('round-trips with formatSearchQuery', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }).map((s) => s.replace(/\s+/g, ' ').trim()),
        fc.constantFrom('', 'negotiation', 'job offers'),
        fc.constantFrom('', 'issue', 'tip', 'tool') as fc.Arbitrary<'' | 'issue' | 'tip' | 'tool'>,
        (q, topic, kind) => {
          expect(parseSearchQuery(formatSearchQuery({ q, topic, kind }))).toEqual({ q, topic, kind });
        },
      ),
    );
  });

  it('formats nothing as an empty string', () => {
    expect(formatSearchQuery({ q: '', topic: '', kind: '' })).toBe('');
  });
});
