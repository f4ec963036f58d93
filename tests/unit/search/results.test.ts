import { describe, expect, it } from 'vitest';
import { resultCountMessage, toResultView } from '../../../src/lib/search/results.ts';

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
