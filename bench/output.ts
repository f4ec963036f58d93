import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../tests/support/page-scripts.ts';

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
