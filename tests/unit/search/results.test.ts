import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSearchQuery, MAX_QUERY_LENGTH, parseSearchQuery } from '../../../src/lib/search/query.ts';
import { decodeEntities, splitExcerpt } from '../../../src/lib/search/excerpt.ts';
import { resultCountMessage, toResultView } from '../../../src/lib/search/results.ts';

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

describe('splitExcerpt', () => {
  it.each([
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'don’t burn that <mark>bridge</mark>. You never',
      [
        { text: 'don’t burn that ', mark: false },
        { text: 'bridge', mark: true },
        { text: '. You never', mark: false },
      ],
    ],
    ['<mark>a</mark><mark>b</mark>', [{ text: 'ab', mark: true }]],
    ['Tom &amp; Jerry &lt;b&gt; &#39;x&#x27;', [{ text: "Tom & Jerry <b> 'x'", mark: false }]],
    ['<script>alert(1)</script>hi', [{ text: 'alert(1)hi', mark: false }]],
    ['', []],
  ])('%j', (html, parts) => {
    expect(splitExcerpt(html)).toEqual(parts);
  });

  it('keeps every character of text without tags or entities', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<&]/.test(s)),
        (text) => {
          expect(
            splitExcerpt(text)
              .map((p) => p.text)
              .join(''),
          ).toBe(text);
        },
      ),
    );
  });

  it('leaves unknown or out-of-range entities alone', () => {
    expect(decodeEntities('&bogus; &#99999999;')).toBe('&bogus; &#99999999;');
  });
});

describe('toResultView', () => {
  const data = {
    url: '/issues/57/?pagefind-highlight=bridge',
    excerpt: 'burn that <mark>bridge</mark>',
    meta: { title: 'Quick Tip – Always Discuss the Job Offer', number: '57', date: '2026-11-25' },
    filters: { kind: ['issue'] },
    sub_results: [
      { title: 'Quick Tip', url: '/issues/57/?pagefind-highlight=bridge', excerpt: 'x' },
      {
        title: 'Tip: Never burn a bridge',
        url: '/issues/57/?pagefind-highlight=bridge#never-burn-a-bridge',
        excerpt: 'that <mark>bridge</mark>',
      },
    ],
  };

  it('labels an issue with its number and date, and keeps deep-linking sub-results', () => {
    const view = toResultView(data);
    expect(view.title).toBe('Quick Tip – Always Discuss the Job Offer');
    expect(view.label).toBe('Issue #57 · 25 November 2026');
    expect(view.subResults).toEqual([
      {
        title: 'Tip: Never burn a bridge',
        url: '/issues/57/?pagefind-highlight=bridge#never-burn-a-bridge',
        excerpt: [
          { text: 'that ', mark: false },
          { text: 'bridge', mark: true },
        ],
      },
    ]);
  });

  it.each([
    [{ kind: ['tip'] }, 'Tips'],
    [{ kind: ['tool'] }, 'Tool'],
    [undefined, ''],
  ])('labels a page of kind %j as %j', (filters, label) => {
    expect(
      toResultView({ url: '/tips/', excerpt: '', meta: { title: 'Tips' }, ...(filters ? { filters } : {}) })
        .label,
    ).toBe(label);
  });
});

describe('resultCountMessage', () => {
  it.each([
    [0, 'zzz', 'No results for “zzz”.'],
    [1, 'bridge', '1 result for “bridge”.'],
    [4, 'offer', '4 results for “offer”.'],
    [3, '', ''],
  ])('%i for %j', (count, query, message) => {
    expect(resultCountMessage(count, query)).toBe(message);
  });
});
