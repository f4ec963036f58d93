import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { brokenLinks, htmlFiles } from '../support/links.ts';
import { pageScripts } from '../support/page-scripts.ts';
import { builtFile, builtPages } from './site-pages.ts';

const DIST = 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link and asset resolves, fragments included', () => {
  expect(brokenLinks(DIST)).toEqual([]);
});

test('byte budgets: JS, CSS and HTML per page', () => {
  const lines: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(builtFile(path), 'utf8');
    const scripts = pageScripts(DIST, html);
    const js = scripts.reduce((sum, url) => sum + gzip(readFileSync(join(DIST, url))), 0);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((match) => readFileSync(join(DIST, match[1] ?? '')))
      .concat(
        [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => Buffer.from(match[1] ?? '')),
      )
      .reduce((sum, text) => sum + gzip(text), 0);
    const inline = [
      // JSON-LD and Speculation Rules are data, not code the page runs.
      ...html.matchAll(
        /<script(?![^>]*\ssrc=)(?![^>]*(?:application\/ld\+json|speculationrules))[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ];
    lines.push(
      `${path}: JS ${kb(js)} gzip in ${scripts.length} files, CSS ${kb(css)} gzip, HTML ${kb(gzip(html))} gzip`,
    );
    if (!html.includes('<astro-island'))
      expect.soft(scripts, `${path} has no island, so no JS file`).toEqual([]);
    if (!html.includes('<astro-island')) {
      const inlineBytes = inline.reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0);
      expect
        .soft(inlineBytes, `${path}: inline scripts (theme + search button) ≤ 1.5 KB`)
        .toBeLessThanOrEqual(1536);
    }
    expect.soft(css, `${path}: CSS ≤ 12 KB gzip`).toBeLessThanOrEqual(12 * 1024);
    if (path.startsWith('/issues/') && path !== '/issues/') {
      expect.soft(gzip(html), `${path}: HTML ≤ 30 KB gzip`).toBeLessThanOrEqual(30 * 1024);
    }
    if (path === '/issues/57/')
      expect.soft(js, 'issue #57 with its widgets: JS ≤ 25 KB gzip').toBeLessThanOrEqual(25 * 1024);
    if (path === '/tools/counteroffer/') {
      const all = pageScripts(DIST, html, true).reduce(
        (sum, url) => sum + gzip(readFileSync(join(DIST, url))),
        0,
      );
      lines.push(`${path}: JS ${kb(all)} gzip with what it loads on demand`);
      expect
        .soft(all, 'the counteroffer tool page, all of it: JS ≤ 35 KB gzip')
        .toBeLessThanOrEqual(35 * 1024);
    }
  }
  console.log(lines.join('\n'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page’s main content is present and readable', async ({ page }) => {
    for (const path of builtPages()) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect.soft(main.getByRole('heading', { level: 1 }), path).toBeVisible();
      expect.soft((await main.innerText()).length, path).toBeGreaterThan(80);
    }
  });
});
