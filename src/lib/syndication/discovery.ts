// What crawlers read: which built URLs the sitemap lists, and robots.txt.

/**
 * Whether a built URL belongs in the sitemap: HTML pages only (their paths end in "/" with
 * `trailingSlash: 'always'`), never feeds, images or robots.txt, never the 404 page, and never
 * the email preview (`/issues/57/email/`), which exists only in `npm run dev`.
 */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  if (!pathname.endsWith('/')) return false;
  if (/\/404\/$/.test(pathname)) return false;
  return !/\/email\/$/.test(pathname);
}

/** robots.txt: everything may be crawled; the sitemap index is at this absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
