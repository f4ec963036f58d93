// Old addresses keep working: a map from each imported post's old path to its issue page,
// written as `_redirects` (Netlify, Cloudflare Pages) and as a JSON list the site turns into
// small redirect pages for hosts without redirects (GitHub Pages).

/** One old path and the issue it now lives at. */
export interface Redirect {
  from: string;
  to: number;
}

/** Paths the site itself serves: a redirect there would hide a real page. */
const RESERVED =
  /^\/(?:$|issues\/|topics\/|tools\/|og\/|_astro\/|pagefind\/|about\/$|search\/$|tips\/$|404|rss\.xml|feed\.json|sitemap|robots\.txt|favicon)/;

/** The path of an old address ("https://x.substack.com/p/ask?utm=1" → "/p/ask/"), or undefined. */
export function oldPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid').pathname;
  } catch {
    return undefined;
  }
  const decoded = decodeURIComponent(path).replace(/\/index\.html?$/, '/');
  if (!/^\/[\p{L}\p{N}\-_./~]+$/u.test(decoded) || decoded.includes('..')) return undefined;
  const withSlash = /\.[a-z0-9]+$/i.test(decoded) || decoded.endsWith('/') ? decoded : `${decoded}/`;
  return RESERVED.test(withSlash) ? undefined : withSlash;
}

/** Merges new redirects into the previous map: one entry per old path, the newest wins; sorted. */
export function mergeRedirects(previous: readonly Redirect[], added: readonly Redirect[]): Redirect[] {
  const byPath = new Map(previous.map((r) => [r.from, r]));
  for (const redirect of added) byPath.set(redirect.from, redirect);
  return [...byPath.values()].sort((a, b) => a.from.localeCompare(b.from));
}

const BEGIN = '# Begin: written by npm run import (edit outside these lines)';
const END = '# End: written by npm run import';

/** `public/_redirects` with the import's block replaced; the author's own lines kept. */
export function redirectsFile(
  previous: string,
  redirects: readonly Redirect[],
  issuePath: (n: number) => string,
): string {
  const start = previous.indexOf(BEGIN);
  const end = previous.indexOf(END, start);
  const outside = (
    start >= 0 && end >= 0 ? previous.slice(0, start) + previous.slice(end + END.length) : previous
  ).trim();
  const block = [BEGIN, ...redirects.map((r) => `${r.from} ${issuePath(r.to)} 301`), END].join('\n');
  return `${outside ? `${outside}\n\n` : ''}${block}\n`;
}

/** Reads the JSON list back, ignoring anything malformed. */
export function parseRedirects(json: string | undefined): Redirect[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list)
      ? list.filter(
          (r): r is Redirect =>
            typeof r?.from === 'string' && Number.isInteger(r?.to) && oldPath(r.from) === r.from,
        )
      : [];
  } catch {
    return [];
  }
}
