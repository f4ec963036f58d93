import { joinBase } from './lib/content/paths.ts';

/** A site-absolute path ("/issues/57/") as a link that honours the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path, for canonical links, feeds and share cards. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('The site URL is not set: set `url` in src/site.config.ts or SITE_URL.');
  return new URL(href(path), site).href;
}
