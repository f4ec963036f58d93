import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  feedTitle,
  jsonFeed,
  rssChannelExtras,
  rssItemExtras,
  type FeedChannel,
  type FeedIssue,
} from '../../../src/lib/syndication/items.ts';

const channel: FeedChannel = {
  title: 'Career Quick Tips',
  description: 'Practical career advice.',
  homeUrl: 'https://news.example/',
  feedUrl: 'https://news.example/feed.json',
  language: 'en',
  author: { name: 'Career Quick Tips', url: 'https://news.example/about/' },
};

const issue = (number: number, day: string, extra: Partial<FeedIssue> = {}): FeedIssue => ({
  number,
  title: `Title ${number}`,
  description: `About ${number}`,
  date: new Date(`${day}T00:00:00Z`),
  dateOffset: 0,
  url: `https://news.example/issues/${number}/`,
  contentHtml: `<p>Body ${number}</p>`,
  topics: ['offers'],
  ...extra,
});

describe('feedTitle', () => {
  it.each([
    [57, 'Quick Tip – Always Discuss the Job Offer', '#57: Quick Tip – Always Discuss the Job Offer'],
    [1, 'First', '#1: First'],
  ])('#%i %s → %s', (number, title, expected) => {
    expect(feedTitle(number, title)).toBe(expected);
  });
});

describe('jsonFeed', () => {
  const feed = jsonFeed(channel, [
    issue(58, '2026-12-02', {
      updated: new Date('2026-12-03T00:00:00Z'),
      image: 'https://news.example/og/58.png',
    }),
    issue(57, '2026-11-25'),
  ]);

  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Career Quick Tips',
      home_page_url: 'https://news.example/',
      feed_url: 'https://news.example/feed.json',
      language: 'en',
      authors: [{ name: 'Career Quick Tips', url: 'https://news.example/about/' }],
    });
  });

  it('lists the items in the order given, with id = url, numbered titles and ISO dates', () => {
    expect(feed.items).toEqual([
      {
        id: 'https://news.example/issues/58/',
        url: 'https://news.example/issues/58/',
        title: '#58: Title 58',
        summary: 'About 58',
        content_html: '<p>Body 58</p>',
        date_published: '2026-12-02T00:00:00.000Z',
        date_modified: '2026-12-03T00:00:00.000Z',
        tags: ['offers'],
        image: 'https://news.example/og/58.png',
      },
      {
        id: 'https://news.example/issues/57/',
        url: 'https://news.example/issues/57/',
        title: '#57: Title 57',
        summary: 'About 57',
        content_html: '<p>Body 57</p>',
        date_published: '2026-11-25T00:00:00.000Z',
        tags: ['offers'],
      },
    ]);
  });

  it('is empty, not missing, without issues', () => {
    expect(jsonFeed(channel, []).items).toEqual([]);
  });
});

describe('RSS extras', () => {
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false }).parse(
      `<channel xmlns:atom="a" xmlns:dc="d">${xml}</channel>`,
    ) as {
      channel: Record<string, unknown>;
    };

  it('links the feed to itself, names the language and dates the build by the newest issue', () => {
    const xml = rssChannelExtras({ ...channel, feedUrl: 'https://news.example/rss.xml?a=1&b=2' }, [
      issue(57, '2026-11-25'),
      issue(56, '2026-11-18', { updated: new Date('2026-11-30T00:00:00Z') }),
    ]);
    expect(parse(xml).channel).toMatchObject({
      'atom:link': {
        '@_href': 'https://news.example/rss.xml?a=1&b=2',
        '@_rel': 'self',
        '@_type': 'application/rss+xml',
      },
      language: 'en',
      lastBuildDate: 'Mon, 30 Nov 2026 00:00:00 GMT',
    });
  });

  it('leaves lastBuildDate out without issues', () => {
    expect(rssChannelExtras(channel, [])).not.toContain('lastBuildDate');
  });

  it("dates each item at the author's offset and credits the author", () => {
    const evening = issue(60, '2026-03-04', { date: new Date('2026-03-05T02:00:00Z'), dateOffset: -300 });
    expect(rssItemExtras({ ...channel, author: { name: 'A & B', url: 'https://x/' } }, evening)).toBe(
      '<pubDate>Wed, 04 Mar 2026 21:00:00 -0500</pubDate><dc:creator>A &amp; B</dc:creator>',
    );
  });

  it("keeps the author's day in JSON Feed dates, and UTC ones as toISOString() wrote them", () => {
    const evening = issue(60, '2026-03-04', {
      date: new Date('2026-03-05T02:00:00Z'),
      dateOffset: -300,
      updated: new Date('2026-03-06T23:30:00Z'),
      updatedOffset: 60,
    });
    const [item, utc] = jsonFeed(channel, [evening, issue(57, '2026-11-25')]).items;
    expect(item?.date_published).toBe('2026-03-04T21:00:00.000-05:00');
    expect(item?.date_modified).toBe('2026-03-07T00:30:00.000+01:00');
    expect(utc?.date_published).toBe('2026-11-25T00:00:00.000Z');
  });

  it('escapes any text so the XML still parses to the same text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = text
          .replace(/[^\t\n\u0020-\uD7FF\uE000-\uFFFD]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        const parsed = new XMLParser({
          ignoreAttributes: false,
          parseTagValue: false,
          trimValues: false,
        }).parse(`<x a="${escapeXml(clean)}">${escapeXml(clean)}</x>`) as {
          x: { '#text'?: string; '@_a': string } | string;
        };
        const value = typeof parsed.x === 'string' ? parsed.x : (parsed.x['#text'] ?? '');
        expect(value).toBe(clean);
      }),
    );
  });
});
