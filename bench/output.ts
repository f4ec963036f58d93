import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of one kind of asset on a page. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a page of one type weighs. */
export interface PageWeight {
  type: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

const bytes = (data: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(data),
  gzip: gzipSync(data, { level: 9 }).length,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** The JS files a built page loads: script tags, islands and their static imports. */
export function pageScripts(dist: string, html: string): string[] {
  const queue = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url) || !url.endsWith('.js')) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) {
      queue.push(url.replace(/[^/]+$/, match[1] ?? ''));
    }
  }
  return [...seen];
}

/** HTML, CSS and JS bytes of one built page. */
export function weighPage(dist: string, type: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  let css = bytes('');
  for (const match of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
    css = add(css, bytes(readFileSync(join(dist, match[1] ?? ''))));
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    css = add(css, bytes(match[1] ?? ''));
  let js = bytes('');
  for (const url of pageScripts(dist, html)) js = add(js, bytes(readFileSync(join(dist, url))));
  return { type, path, html: bytes(html), css, js };
}

/** Number of HTML pages and total bytes of a built site. */
export function siteSize(dist: string): { pages: number; bytes: number; files: number } {
  let pages = 0;
  let total = 0;
  let files = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    total += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes: total, files };
}

/** The heaviest HTML page of a built site, by gzip bytes. */
export function largestPage(dist: string): { path: string; gzip: number } {
  let largest = { path: '', gzip: 0 };
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    if (gzip > largest.gzip) largest = { path: `/${file.replace(/index\.html$/, '')}`, gzip };
  }
  return largest;
}
