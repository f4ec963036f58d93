import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every page of the built site as a URL path, read from dist/ so a new page is covered the
 * moment it exists. Read inside a test: the web server builds dist/ before tests start.
 */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file in dist/ that serves a page path from builtPages(). */
export function builtFile(path: string, dist = 'dist'): string {
  if (path.endsWith('.html')) return join(dist, path);
  return join(dist, path, 'index.html');
}
