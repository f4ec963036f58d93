// npm run shots: full-page screenshots of every built page at the narrowest phone, a phone and a
// laptop width, in the light and the dark theme, and as printed (the print stylesheet at an A4
// page's width), into shots/ (git-ignored), to look at before calling a design done.
// Builds first unless --no-build; --only=home,issues-57 shoots only the pages with
// those file names.
// Prints each file it writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'shots');
const widths = [320, 390, 1280] as const;
const themes = ['light', 'dark'] as const;

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
}

/** Every page of the built site: the sitemap's, plus the 404 page. */
function pagePaths(): string[] {
  const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = sitemaps.flatMap((name) =>
    [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '/').pathname,
    ),
  );
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  return [...new Set([...paths, '/404.html'])].filter((path) => !only || only.includes(slug(path))).sort();
}

/** A file name for a page path: "/issues/57/" → "issues-57". */
function slug(path: string): string {
  return (
    path
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replaceAll('/', '-') || 'home'
  );
}

const executablePath =
  process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
// Served as real hosts serve it (public/_headers): hashed files in /_astro/ cached for a year.
// With font-display: optional a face that must be fetched again would be skipped, so without
// the cache every shot would show the fallback faces, which readers only see on a cold first visit.
const http = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = file.startsWith(dist) && existsSync(file);
  if (!found) file = join(dist, '404.html');
  response.writeHead(found ? 200 : 404, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(readFileSync(file));
});
await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
const server = {
  url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
  close: () => new Promise<void>((done) => http.close(() => done())),
};
/** A full-page shot of every page, named "<page>-<variant>.png". */
async function shootEvery(page: Page, variant: string) {
  for (const path of pagePaths()) {
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const file = join(out, `${slug(path)}-${variant}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file.replace(`${root}/`, ''));
  }
}

const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  for (const width of widths) {
    for (const theme of themes) {
      // One context per size and theme: after the first page the fonts come from its cache,
      // as for a reader on their second page (font-display: optional may skip them on a cold
      // first paint, which is the design working, not a broken shot).
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL('/', server.url).href, { waitUntil: 'networkidle' });
      await page.goto(new URL('/issues/', server.url).href, { waitUntil: 'networkidle' });
      await shootEvery(page, `${width}-${theme}`);
      await context.close();
    }
  }
  // Print: the page as the print stylesheet lays it out, at an A4 page's width, one long sheet.
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(new URL('/', server.url).href, { waitUntil: 'networkidle' });
  await shootEvery(page, 'print');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
