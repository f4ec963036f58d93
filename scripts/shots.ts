// npm run shots: full-page screenshots of every built page at a phone and a laptop width, in
// the light and the dark theme, into shots/ (git-ignored), to look at before calling a design
// done. Builds first unless --no-build; prints each file it writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from '../tests/support/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'shots');
const widths = [390, 1280] as const;
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
  return [...new Set([...paths, '/404.html'])].sort();
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
const server = await serveStatic(dist);
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
      for (const path of pagePaths()) {
        await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, `${slug(path)}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file.replace(`${root}/`, ''));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
