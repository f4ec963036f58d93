/**
 * Joins the site's base path and a site-absolute path ("/issues/57/") into the URL to link to.
 * Every internal link goes through here so the site works under a sub-path like /newsletter/.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${cleanPath}` || '/';
}

/** The site-absolute path of an issue page, canonical by number. */
export function issuePath(number: number): string {
  return `/issues/${number}/`;
}

/** The site-absolute path of a topic page. */
export function topicPath(slug: string): string {
  return `/topics/${slug}/`;
}

/**
 * A link as an author wrote it, with the base path added when it is site-absolute ("/issues/12/")
 * and lacks it; other links (relative, external, fragments, protocol-relative) stay as written.
 */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (prefix && (url === prefix || url.startsWith(`${prefix}/`))) return url;
  return joinBase(base, url);
}

/** The site-absolute path of the archive page of one year ("/issues/year/2025/"). */
export function yearPath(year: number): string {
  return `/issues/year/${year}/`;
}

/** The site-absolute path of page `page` (from 1) of a topic: the first page is the topic's own. */
export function topicPagePath(slug: string, page: number): string {
  return page <= 1 ? topicPath(slug) : `${topicPath(slug)}${page}/`;
}

/** The site-absolute path of page `page` (from 1) of a topic's tips ("/tips/negotiation/2/"). */
export function tipTopicPagePath(slug: string, page: number): string {
  return page <= 1 ? `/tips/${slug}/` : `/tips/${slug}/${page}/`;
}
