// The public URLs as readers, feeds and search engines know them: a change here breaks links
// people saved, so each is pinned literally.
import { describe, expect, it } from 'vitest';
import * as paths from '../../../src/lib/paths/site-paths.ts';
import {
  issueAnchorPath,
  issueEmailPath,
  issueEmailTextPath,
  issueImagePath,
  issuePath,
  shareImagePath,
  tipTopicPagePath,
  topicPagePath,
  topicPath,
  yearPath,
} from '../../../src/lib/paths/site-paths.ts';

describe('fixed paths', () => {
  it.each([
    ['HOME_PATH', '/'],
    ['ISSUES_PATH', '/issues/'],
    ['TOOLS_PATH', '/tools/'],
    ['TAKE_THE_CALL_PATH', '/tools/take-the-call/'],
    ['COUNTEROFFER_PATH', '/tools/counteroffer/'],
    ['TIPS_PATH', '/tips/'],
    ['TIPS_FILTER_CSS_PATH', '/tips-filter.css'],
    ['TOPICS_PATH', '/topics/'],
    ['RSS_PATH', '/rss.xml'],
    ['JSON_FEED_PATH', '/feed.json'],
    ['SEARCH_PATH', '/search/'],
    ['SEARCH_TOPICS_PATH', '/search/topics.json'],
    ['PAGEFIND_SCRIPT_PATH', '/pagefind/pagefind.js'],
    ['ABOUT_PATH', '/about/'],
    ['FAVICON_PATH', '/favicon.svg'],
    ['SITEMAP_INDEX_PATH', '/sitemap-index.xml'],
  ] as const)('%s is %j', (name, expected) => {
    expect(paths[name]).toBe(expected);
  });
});

describe('issue paths', () => {
  it.each([
    [issuePath(57), '/issues/57/'],
    [issueAnchorPath(57, 'never-burn-a-bridge'), '/issues/57/#never-burn-a-bridge'],
    [issueEmailPath(57), '/issues/57/email/'],
    [issueEmailTextPath(57), '/issues/57/email.txt'],
    [issueImagePath(58, 'chart.png'), '/issues/58/images/chart.png'],
    [shareImagePath(57), '/og/57.png'],
    [shareImagePath(), '/og/default.png'],
    [topicPath('negotiation'), '/topics/negotiation/'],
  ])('%j is %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('archive and topic page paths', () => {
  it.each([
    ['negotiation', 1, '/topics/negotiation/'],
    ['negotiation', 0, '/topics/negotiation/'],
    ['negotiation', 2, '/topics/negotiation/2/'],
    ['日本', 12, '/topics/日本/12/'],
  ])('topic %j, page %i → %j', (slug, page, expected) => {
    expect(topicPagePath(slug, page)).toBe(expected);
  });

  it('the first topic page is the topic page itself', () => {
    expect(topicPagePath('offers', 1)).toBe(topicPath('offers'));
  });

  it.each([
    ['negotiation', 1, '/tips/negotiation/'],
    ['negotiation', 3, '/tips/negotiation/3/'],
  ])('tips of topic %j, page %i → %j', (slug, page, expected) => {
    expect(tipTopicPagePath(slug, page)).toBe(expected);
  });

  it.each([
    [2026, '/issues/year/2026/'],
    [1999, '/issues/year/1999/'],
  ])('year %i → %j', (year, expected) => {
    expect(yearPath(year)).toBe(expected);
  });
});
