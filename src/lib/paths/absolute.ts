// Absolute URLs of site paths, for what is read away from the site: canonical links, feeds,
// share cards, the email edition and the author's URL.
import { joinBase } from './base.ts';

/** The absolute URL of a site path under the site URL and base path; a missing site URL stops the build with the fix. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string): string {
  if (!site) throw new Error('The site URL is not set: set `url` in src/site.config.ts or SITE_URL.');
  return new URL(joinBase(base, path), site).href;
}

/** A site path ("/tools/x/") as an absolute URL under the site root; a path that already starts with the base path, or a full URL, is kept as it is. */
export function sitePathUrl(path: string, siteUrl: string): string {
  const root = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  if (path.startsWith(root.pathname)) return new URL(path, root).href;
  return new URL(path.replace(/^\/+/, ''), root).href;
}
