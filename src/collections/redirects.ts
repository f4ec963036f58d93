// The imported posts' old addresses, from the redirect map `npm run import` writes beside the
// issues folder (content/redirects.json). Each becomes a small page that forwards the reader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRedirects, type Redirect } from '../lib/import/redirects.ts';

const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/** Old paths that get a page of their own (folders only; files such as /post.html are left to _redirects). */
export function importRedirects(): Redirect[] {
  if (!cached) {
    const file = join(issuesDir, '..', 'redirects.json');
    const all = existsSync(file) ? parseRedirects(readFileSync(file, 'utf8')) : [];
    cached = all.filter((redirect) => redirect.from.endsWith('/'));
  }
  return cached;
}

// Read once per build: the sitemap asks about every page.
let cached: Redirect[] | undefined;

/** Whether a built URL is a redirect page, which has no place in the sitemap. */
export function isRedirectPage(url: string, base = '/'): boolean {
  const path = new URL(url).pathname;
  const local = `/${path.slice(base.replace(/\/?$/, '/').length)}`;
  return importRedirects().some((redirect) => redirect.from === local);
}
