import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breadcrumbs,
  issueStructuredData,
  serialiseJsonLd,
  type IssueStructuredDataInput,
} from '../../../src/lib/structured-data/issue.ts';

const input: IssueStructuredDataInput = {
  number: 57,
  title: 'Quick Tip – Always Discuss the Job Offer',
  description: 'Declined an offer and the company still wants to talk? Take the call.',
  date: new Date('2026-11-25T00:00:00Z'),
  dateOffset: 0,
  topics: ['negotiation', 'offers'],
  url: 'https://news.example/issues/57/',
  imageUrl: 'https://news.example/og/57.png',
  language: 'en',
  newsletter: {
    name: 'Career Quick Tips',
    description: 'Practical career advice.',
    url: 'https://news.example/',
    issuesUrl: 'https://news.example/issues/',
  },
  author: { name: 'Career Quick Tips', url: 'https://news.example/about/' },
};

type Graph = { '@context': string; '@graph': Record<string, unknown>[] };

describe('issueStructuredData', () => {
  const data = issueStructuredData(input) as unknown as Graph;
  const [issue, trail] = data['@graph'];

  it('is one schema.org graph: the issue and its breadcrumbs', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@graph'].map((node) => node['@type'])).toEqual(['PublicationIssue', 'BreadcrumbList']);
  });

  it('describes the issue as a PublicationIssue of the newsletter', () => {
    expect(issue).toEqual({
      '@type': 'PublicationIssue',
      '@id': 'https://news.example/issues/57/#issue',
      issueNumber: '57',
      name: 'Quick Tip – Always Discuss the Job Offer',
      headline: 'Quick Tip – Always Discuss the Job Offer',
      description: 'Declined an offer and the company still wants to talk? Take the call.',
      url: 'https://news.example/issues/57/',
      mainEntityOfPage: 'https://news.example/issues/57/',
      datePublished: '2026-11-25',
      image: 'https://news.example/og/57.png',
      inLanguage: 'en',
      keywords: 'negotiation, offers',
      author: { '@type': 'Organization', name: 'Career Quick Tips', url: 'https://news.example/about/' },
      publisher: { '@type': 'Organization', name: 'Career Quick Tips', url: 'https://news.example/' },
      isPartOf: {
        '@type': 'Periodical',
        '@id': 'https://news.example/#newsletter',
        name: 'Career Quick Tips',
        description: 'Practical career advice.',
        url: 'https://news.example/',
        publisher: { '@type': 'Organization', name: 'Career Quick Tips', url: 'https://news.example/' },
      },
    });
  });

  it('leads Home › Issues › Issue #57', () => {
    expect(trail).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example/' },
        { '@type': 'ListItem', position: 2, name: 'Issues', item: 'https://news.example/issues/' },
        { '@type': 'ListItem', position: 3, name: 'Issue #57', item: 'https://news.example/issues/57/' },
      ],
    });
  });

  it.each([
    [{ updated: new Date('2026-12-01T00:00:00Z') }, { dateModified: '2026-12-01' }],
    [
      { author: { name: 'Ada Lovelace', url: 'https://ada.example/' } },
      { author: { '@type': 'Person', name: 'Ada Lovelace', url: 'https://ada.example/' } },
    ],
  ])('adapts to %o', (change, expected) => {
    const [node] = (issueStructuredData({ ...input, ...change }) as unknown as Graph)['@graph'];
    expect(node).toMatchObject(expected);
  });

  it.each([
    { date: '2026-03-05T02:00:00Z', offset: -300, day: '2026-03-04' },
    { date: '2026-03-04T23:30:00Z', offset: 60, day: '2026-03-05' },
    { date: '2026-03-04T12:00:00Z', offset: 0, day: '2026-03-04' },
  ])("dates the issue with the author's day: $date at $offset minutes is $day", ({ date, offset, day }) => {
    const data = issueStructuredData({
      ...input,
      date: new Date(date),
      dateOffset: offset,
      updated: new Date(date),
      updatedOffset: offset,
    });
    const [node] = (data as unknown as Graph)['@graph'];
    expect(node).toMatchObject({ datePublished: day, dateModified: day });
  });

  it('leaves out what is unknown', () => {
    const [node] = (issueStructuredData({ ...input, topics: [] }) as unknown as Graph)['@graph'];
    expect(node).not.toHaveProperty('keywords');
    expect(node).not.toHaveProperty('dateModified');
  });
});

describe('breadcrumbs', () => {
  it('numbers the trail from 1', () => {
    expect(breadcrumbs([{ name: 'Home', url: 'https://x/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' }],
    });
  });
});

describe('serialiseJsonLd', () => {
  it.each([
    [
      '</script><script>alert(1)</script>',
      '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
    ],
    ['<!-- a & b', '\\u003c!-- a \\u0026 b'],
    ['line\u2028break', 'line\\u2028break'],
  ])('escapes %j', (title, escaped) => {
    expect(serialiseJsonLd({ name: title })).toBe(`{"name":"${escaped}"}`);
  });

  it('never lets text close the script, and parses back to the same data', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, description) => {
        const data = issueStructuredData({ ...input, title, description });
        const json = serialiseJsonLd(data);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(data);
      }),
    );
  });
});
