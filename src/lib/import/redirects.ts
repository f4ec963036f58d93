// Old addresses keep working: a map from each imported post's old path to its issue page,
// written as `_redirects` (Netlify, Cloudflare Pages) and as a JSON list the site turns into
// small redirect pages for hosts without redirects (GitHub Pages).

/** One old path and the issue it now lives at. */
export interface Redirect {
  from: string;
  to: number;
}

/**
 * The first path segment of every file the build writes (its pages, public/ files, Astro's assets,
 * the search index, the host's own files): a redirect from a path under one would hide a real
 * file, or turn the file into a folder. A test holds this list to src/pages and public/.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  '404',
  '404.html',
  '_astro',
  '_headers',
  '_redirects',
  'about',
  'favicon.svg',
  'feed.json',
  'index',
  'index.html',
  'issues',
  'og',
  'pagefind',
  'robots.txt',
  'rss.xml',
  'search',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'tips',
  'tips-filter.css',
  'tools',
  'topics',
]);

/**
 * The path of an old address ("https://x.substack.com/p/ask?utm=1" → "/p/ask/"), or undefined
 * when it has none the site can redirect: the home page, or a path under a segment the build writes.
 */
export function oldPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid').pathname;
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const decoded = path.replace(/\/index\.html?$/, '/');
  if (!/^\/[\p{L}\p{N}\-_./~]+$/u.test(decoded) || decoded.includes('..')) return undefined;
  const withSlash = /\.[a-z0-9]+$/i.test(decoded) || decoded.endsWith('/') ? decoded : `${decoded}/`;
  const first = withSlash.split('/')[1]?.toLowerCase() ?? '';
  return RESERVED_SEGMENTS.has(first) ? undefined : withSlash;
}

/** Merges new redirects into the previous map: one entry per old path, the newest wins; sorted. */
export function mergeRedirects(previous: readonly Redirect[], added: readonly Redirect[]): Redirect[] {
  const byPath = new Map(previous.map((r) => [r.from, r]));
  for (const redirect of added) byPath.set(redirect.from, redirect);
  return [...byPath.values()].sort((a, b) => a.from.localeCompare(b.from));
}

const BEGIN = '# Begin: written by npm run import (edit outside these lines)';
const END = '# End: written by npm run import';

/** Cloudflare Pages reads at most this many static redirect rules from `_redirects`. */
export const HOST_REDIRECT_LIMIT = 2000;

/** The import's block of `_redirects` for these redirects, markers included. */
function importBlock(redirects: readonly Redirect[], issuePath: (n: number) => string): string {
  return [BEGIN, ...redirects.map((r) => `${r.from} ${issuePath(r.to)} 301`), END].join('\n');
}

/**
 * `public/_redirects` with the import's block replaced; the author's own lines kept. `previous`
 * is the list the last import wrote: a block that differs from it, or a marker without its
 * partner, was edited by hand, and is refused rather than rewritten (the author's lines could
 * be inside it). Refused too: more rules in all than the host reads.
 */
export function redirectsFile(
  old: string,
  previous: readonly Redirect[],
  redirects: readonly Redirect[],
  issuePath: (n: number) => string,
  file = 'public/_redirects',
): string {
  const starts = old.split(BEGIN).length - 1;
  const ends = old.split(END).length - 1;
  const start = old.indexOf(BEGIN);
  const end = old.indexOf(END, start);
  const fix = `Move your own lines out of the block, put back the two marker lines ("${BEGIN}" and "${END}") around the import's lines, or delete the block and both markers; then run the import again.`;
  if (starts > 1 || ends > 1 || starts !== ends || (start >= 0 && end < 0)) {
    throw new Error(`${file}: the import's marker lines were edited (${starts} Begin, ${ends} End). ${fix}`);
  }
  if (start >= 0 && old.slice(start, end + END.length) !== importBlock(previous, issuePath)) {
    const line = old.slice(0, start).split('\n').length;
    throw new Error(`${file}:${line}: the lines between the import's markers were edited by hand. ${fix}`);
  }
  const outside = (start >= 0 ? old.slice(0, start) + old.slice(end + END.length) : old).trim();
  const rules = outside.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#')).length;
  if (rules + redirects.length > HOST_REDIRECT_LIMIT) {
    throw new Error(
      `${file} would hold ${rules + redirects.length} redirect rules, and Cloudflare Pages reads only the first ${HOST_REDIRECT_LIMIT}. ` +
        `Import without old addresses you do not need (remove them from content/redirects.json and the export), or keep at most ${HOST_REDIRECT_LIMIT - rules} redirects from this import.`,
    );
  }
  return `${outside ? `${outside}\n\n` : ''}${importBlock(redirects, issuePath)}\n`;
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
