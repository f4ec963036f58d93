// The data both feeds list: the latest published issues, newest first, with their full content.
import { site } from '../site.config.ts';
import { absoluteUrl } from '../href.ts';
import type { FeedChannel, FeedIssue } from '../lib/syndication/items.ts';
import { shareCard } from '../lib/share-card/share-card.ts';
import { issueContentHtml, issueUrl } from './issue-html.ts';
import { publishedIssues } from './issues.ts';
import { topicName } from './topics.ts';
import { HOME_PATH } from '../lib/paths/site-paths.ts';

/** The newsletter as a feed describes it; `feedPath` is the site path of the feed itself. */
export function feedChannel(siteUrl: URL | undefined, feedPath: string): FeedChannel {
  return {
    title: site.name,
    description: site.description,
    homeUrl: absoluteUrl(HOME_PATH, siteUrl),
    feedUrl: absoluteUrl(feedPath, siteUrl),
    language: site.lang,
    author: { name: site.author.name, url: site.author.url },
  };
}

/** The latest `site.feedLimit` published issues, newest first, as the feeds list them. */
export async function feedIssues(siteUrl: URL | undefined): Promise<FeedIssue[]> {
  const issues = (await publishedIssues()).slice(0, site.feedLimit);
  return Promise.all(
    issues.map(async (issue) => ({
      number: issue.data.number,
      title: issue.data.title,
      description: issue.data.description,
      date: issue.data.date,
      dateOffset: issue.data.dateOffset,
      updated: issue.data.updated,
      updatedOffset: issue.data.updatedOffset,
      url: issueUrl(issue, siteUrl),
      contentHtml: await issueContentHtml(issue, siteUrl),
      // The topic list's names, so feed readers see one spelling per topic, as the site does.
      topics: issue.data.topics.map(topicName),
      image: absoluteUrl(shareCard(site, issue.data).path, siteUrl),
    })),
  );
}
