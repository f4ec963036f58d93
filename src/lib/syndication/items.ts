// The feeds' shape, shared by /rss.xml and /feed.json: the same items, titles and links.
import type { IssueFacts } from '../content/issue-facts.ts';
import { offsetTimestamp, rfc822Date } from '../content/publication-date.ts';

/** One issue as both feeds list it. */
export interface FeedIssue extends IssueFacts {
  /** The canonical, absolute URL of the issue page: also the item's id and guid. */
  url: string;
  /** The full content as HTML, already made feed-safe (see prepareContentHtml). */
  contentHtml: string;
  /** Topic names, as categories and tags. */
  topics: readonly string[];
  /** Absolute URL of the issue's share image, if any. */
  image?: string | undefined;
}

/** The newsletter as a feed describes it. */
export interface FeedChannel {
  /** The newsletter's name. */
  title: string;
  /** Its one-sentence description. */
  description: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URL of this feed itself. */
  feedUrl: string;
  /** The content language, e.g. "en". */
  language: string;
  /** The author, with an absolute URL. */
  author: { name: string; url: string };
  /** Absolute URL of an icon or image for the newsletter, if any. */
  icon?: string | undefined;
}

/** An item's title in both feeds: the issue number first ("#57: Quick Tip – …"). */
export function feedTitle(number: number, title: string): string {
  return `#${number}: ${title}`;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  icon?: string;
  items: JsonFeedItem[];
}

/** One item of a JSON Feed 1.1 document. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  tags: string[];
  image?: string;
}

/** The JSON Feed 1.1 document for these issues, in the order given. */
export function jsonFeed(channel: FeedChannel, issues: readonly FeedIssue[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    authors: [{ name: channel.author.name, url: channel.author.url }],
    ...(channel.icon ? { icon: channel.icon } : {}),
    items: issues.map((issue) => ({
      id: issue.url,
      url: issue.url,
      title: feedTitle(issue.number, issue.title),
      summary: issue.description,
      content_html: issue.contentHtml,
      date_published: offsetTimestamp(issue.date, issue.dateOffset),
      ...(issue.updated ? { date_modified: offsetTimestamp(issue.updated, issue.updatedOffset ?? 0) } : {}),
      tags: [...issue.topics],
      ...(issue.image ? { image: issue.image } : {}),
    })),
  };
}

/** Escapes text for XML content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The RSS channel's extra elements: `atom:link rel=self` (feed validators ask for it), the
 * language, and the newest item's date as lastBuildDate so equal content builds equal bytes.
 */
export function rssChannelExtras(channel: FeedChannel, issues: readonly FeedIssue[]): string {
  const newest = issues
    .map((issue) => (issue.updated && issue.updated > issue.date ? issue.updated : issue.date))
    .reduce<Date | undefined>((latest, date) => (!latest || date > latest ? date : latest), undefined);
  return [
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<language>${escapeXml(channel.language)}</language>`,
    newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    channel.icon
      ? `<image><url>${escapeXml(channel.icon)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.homeUrl)}</link></image>`
      : '',
  ].join('');
}

/**
 * An RSS item's extra elements: its pubDate at the author's offset (@astrojs/rss would write
 * it in GMT, which moves an evening post to the next day) and the author's name as `dc:creator`.
 */
export function rssItemExtras(channel: FeedChannel, issue: FeedIssue): string {
  return `<pubDate>${rfc822Date(issue.date, issue.dateOffset)}</pubDate><dc:creator>${escapeXml(channel.author.name)}</dc:creator>`;
}
