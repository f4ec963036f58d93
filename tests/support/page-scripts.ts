import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JavaScript files a built page loads: its scripts, islands and everything they import; with
 * `lazy`, what they import on demand too (the counteroffer builder's rest, which the tool page loads
 * at once). The byte-budget test and the bench both weigh pages with it, so one figure means one thing.
 */
export function pageScripts(dist: string, html: string, lazy = false): string[] {
  const start = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  // Astro's renderer fetches Preact's signals only for islands given signals, which none is.
  const renderers = new Set([...html.matchAll(/renderer-url="([^"]+)"/g)].map((match) => match[1]));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url) || !url.endsWith('.js')) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    const imports =
      lazy && !renderers.has(url)
        ? /(?:from|import)\s*\(?["'`]\.\/([\w.-]+\.js)["'`]/g
        : /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;
    for (const match of code.matchAll(imports)) {
      queue.push(url.replace(/[^/]+$/, match[1] ?? ''));
    }
  }
  return [...seen];
}
