import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** Every HTML file under a built site, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The page URL path a built file serves ("issues/57/index.html" → "/issues/57/"). */
function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every internal link or asset reference in the built site that does not resolve: to a file
 * under `dist`, and for a `#fragment`, to an element with that id. `base` is the sub-path
 * the site is served from. Returns "page → target (why)" lines; empty when all is well.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const pages = htmlFiles(dist);
  const docs = new Map(pages.map((file) => [file, cheerio.load(readFileSync(join(dist, file), 'utf8'))]));
  for (const [file, $] of docs) {
    ids.set(
      pagePath(file),
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      ),
    );
  }
  const broken: string[] = [];
  for (const [file, $] of docs) {
    const from = new URL(`${base.replace(/\/$/, '')}${pagePath(file)}`, 'http://site.test');
    const refs = [
      ...$('a[href], link[href]')
        .map((_, el) => $(el).attr('href') ?? '')
        .get(),
      ...$('img[src], script[src], source[src]')
        .map((_, el) => $(el).attr('src') ?? '')
        .get(),
      ...$('astro-island')
        .map((_, el) => [$(el).attr('component-url') ?? '', $(el).attr('renderer-url') ?? ''])
        .get(),
    ];
    for (const ref of refs) {
      if (!ref || /^(mailto|tel|data|javascript):/.test(ref)) continue;
      const url = new URL(ref, from);
      if (url.origin !== from.origin) continue;
      const where = `${pagePath(file)} → ${ref}`;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${where} (outside the base path ${base})`);
        continue;
      }
      const path = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      const target = join(dist, path);
      const isFile = existsSync(target) && statSync(target).isFile();
      const isPage = existsSync(join(target, 'index.html'));
      if (!isFile && !isPage) {
        broken.push(`${where} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && isPage && !ids.get(path)?.has(fragment))
        broken.push(`${where} (no element with id "${fragment}")`);
    }
  }
  return broken;
}

/** The path of a built file relative to the site, for messages. */
export function siteRelative(dist: string, file: string): string {
  return relative(dist, file).split(sep).join('/');
}
