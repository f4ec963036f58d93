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
          { text: '…that ', mark: false },
          { text: 'bridge', mark: true },
          { text: '…', mark: false },
        ],
      },
    ]);
  });

  it('drops sub-results that repeat the page title or another heading, keeps three at most, curls quotes', () => {
    const sub = (title: string, anchor: string) => ({
      title,
      url: `/tools/x/#${anchor}`,
      excerpt: `Under ${anchor}.`,
    });
    const view = toResultView({
      url: '/tools/x/',
      excerpt: 'x',
      meta: { title: 'Should I take the call?' },
      sub_results: [
        sub('Should I take the call?', 'top'),
        sub(`"I declined" and "they called"`, 'a'),
        sub(`"I declined" and "they called"`, 'a2'),
        sub('B', 'b'),
        sub('C', 'c'),
        sub('D', 'd'),
      ],
    });
    expect(view.subResults.map((item) => item.title)).toEqual(['“I declined” and “they called”', 'B', 'C']);
  });

  it('drops a sub-result whose excerpt the result already shows', () => {
    const view = toResultView({
      url: '/tips/',
      excerpt: 'Take the <mark>call</mark>.',
      meta: { title: 'Tips from every issue' },
      sub_results: [
        { title: 'Always take the call', url: '/tips/#a', excerpt: 'Take the <mark>call</mark>.' },
      ],
    });
    expect(view.subResults).toEqual([]);
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
