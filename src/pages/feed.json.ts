import type { APIRoute } from 'astro';
import { feedChannel, feedIssues } from '../collections/feed.ts';
import { jsonFeed } from '../lib/syndication/items.ts';
import { JSON_FEED_PATH } from '../lib/paths/site-paths.ts';

/** JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  const feed = jsonFeed(feedChannel(site, JSON_FEED_PATH), await feedIssues(site));
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
