import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedChannel, feedIssues } from '../collections/feed.ts';
import { feedTitle, rssChannelExtras, rssItemExtras } from '../lib/syndication/items.ts';
import { RSS_PATH } from '../lib/paths/site-paths.ts';

/** RSS 2.0: the latest published issues (`site.feedLimit`), newest first, in full. */
export const GET: APIRoute = async ({ site }) => {
  const channel = feedChannel(site, RSS_PATH);
  const issues = await feedIssues(site);
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: rssChannelExtras(channel, issues),
    items: issues.map((issue) => ({
      title: feedTitle(issue.number, issue.title),
      link: issue.url,
      description: issue.description,
      content: issue.contentHtml,
      categories: [...issue.topics],
      customData: rssItemExtras(channel, issue),
    })),
  });
};
