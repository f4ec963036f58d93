// Every site-absolute path ("/issues/57/") the site links to, in one place: pages, layouts,
// islands, feeds, the email edition and the integrations build their links from these, then add
// the base path (base.ts) or the site URL (absolute.ts). Plain strings and tiny functions, so an
// island that imports one pulls in only that one. The paths islands need stand in files of their
// own (tool-paths.ts, search-paths.ts), re-exported here: the bundler gives each island's load
// whole modules, so one shared file would bring every island's paths to each.

export * from './tool-paths.ts';
export * from './search-paths.ts';

/** The home page. */
export const HOME_PATH = '/';

/** The archive: the latest issues and a link to every year. */
export const ISSUES_PATH = '/issues/';

/** An issue page, canonical by number ("/issues/57/"). */
export function issuePath(number: number): string {
  return `${ISSUES_PATH}${number}/`;
}

/** A place in an issue page: a heading's or a tip's id ("/issues/57/#never-burn-a-bridge"). */
export function issueAnchorPath(number: number, id: string): string {
  return `${issuePath(number)}#${id}`;
}

/** The preview of an issue's email edition (built only with EMAIL_EDITION=1). */
export function issueEmailPath(number: number): string {
  return `${issuePath(number)}email/`;
}

/** The plain-text email edition of an issue. */
export function issueEmailTextPath(number: number): string {
  return `${issuePath(number)}email.txt`;
}

/** A PNG or JPEG rendition of an issue's image, for feeds and email ("/issues/58/images/chart.png"). */
export function issueImagePath(number: number, file: string): string {
  return `${issuePath(number)}images/${file}`;
}

/** The archive page of one year ("/issues/year/2025/"). */
export function yearPath(year: number): string {
  return `${ISSUES_PATH}year/${year}/`;
}

/** Every tip, by topic. */
export const TIPS_PATH = '/tips/';

/** Page `page` (from 1) of a topic's tips ("/tips/negotiation/2/"). */
export function tipTopicPagePath(slug: string, page: number): string {
  return page <= 1 ? `${TIPS_PATH}${slug}/` : `${TIPS_PATH}${slug}/${page}/`;
}

/** The stylesheet that filters /tips/ by topic without JavaScript. */
export const TIPS_FILTER_CSS_PATH = '/tips-filter.css';

/** Every topic. */
export const TOPICS_PATH = '/topics/';

/** A topic's page ("/topics/negotiation/"). */
export function topicPath(slug: string): string {
  return `${TOPICS_PATH}${slug}/`;
}

/** Page `page` (from 1) of a topic: the first page is the topic's own. */
export function topicPagePath(slug: string, page: number): string {
  return page <= 1 ? topicPath(slug) : `${topicPath(slug)}${page}/`;
}

/** The RSS feed. */
export const RSS_PATH = '/rss.xml';

/** The JSON Feed. */
export const JSON_FEED_PATH = '/feed.json';

/** An issue's share image, or the default one when no number is given ("/og/57.png"). */
export function shareImagePath(number?: number): string {
  return number === undefined ? '/og/default.png' : `/og/${number}.png`;
}

/** About the newsletter and its author. */
export const ABOUT_PATH = '/about/';

/** The site's icon. */
export const FAVICON_PATH = '/favicon.svg';

/** The sitemap index that @astrojs/sitemap writes, named in robots.txt. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
