// The import end to end: every kind of export through `npm run import` into a temporary copy
// of the site, then a build of the result, held to the site's link and HTML checks.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { axeViolations } from '../support/axe.ts';
import { brokenLinks, htmlFiles } from '../support/links.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildEnvironment, buildTempSite, makeTempSite, root } from '../support/temp-site.ts';
import {
  atomFeed,
  buttondownExport,
  ghostExport,
  markdownFolder,
  PNG,
  rssFeed,
  substackExport,
  writeTree,
  zipOf,
} from '../fixtures/import/exports.ts';
import { docsThemeExport } from '../fixtures/import/hostile.ts';

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
}, 600_000);

/** Runs `npm run import -- …args` in a site folder (offline: images are downloaded only when asked). */
function runImport(site: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args], {
    cwd: site,
    env: { ...buildEnvironment(), ISSUES_DIR: 'content/issues', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The exports, written once: one of each kind, numbered so none collide. */
function writeExports(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsletter-exports-'));
  cleanup.push(dir);
  writeFileSync(join(dir, 'substack.zip'), zipOf(substackExport(3)));
  writeFileSync(join(dir, 'feed.xml'), rssFeed(2).replace(/<title>#(\d)/g, '<title>#3$1'));
  writeFileSync(join(dir, 'atom.xml'), atomFeed(2).replace(/No\. (\d)/g, 'No. 4$1'));
  writeTree(join(dir, 'buttondown'), buttondownExport());
  writeFileSync(
    join(dir, 'ghost.zip'),
    zipOf({ 'ghost.json': ghostExport(), 'content/images/2024/01/photo.png': PNG }),
  );
  writeTree(join(dir, 'markdown'), markdownFolder());
  writeTree(join(dir, 'docs'), docsThemeExport());
  return dir;
}

describe('npm run import, then a build of what it wrote', () => {
  let site = '';
  let exports = '';
  const runs: Record<string, { status: number | null; output: string }> = {};

  beforeAll(() => {
    exports = writeExports();
    site = makeTempSite('import');
    cleanup.push(site);
    // The author's own issue #57 stands where it does in the real site.
    writeFileSync(
      join(site, 'content/issues/057-always-discuss-the-job-offer.mdx'),
      readFileSync(join(root, 'content/issues/057-always-discuss-the-job-offer.mdx')),
    );
    for (const source of [
      'substack.zip',
      'feed.xml',
      'atom.xml',
      'buttondown',
      'ghost.zip',
      'markdown',
      'docs',
    ]) {
      runs[source] = runImport(site, join(exports, source), '--start', '60');
    }
  }, 120_000);

  it('imports every kind of export, each post once', () => {
    for (const [source, run] of Object.entries(runs)) expect(run.status, `${source}\n${run.output}`).toBe(0);
    const files = readdirSync(join(site, 'content/issues'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files).toEqual([
      '005-markdown-post.md',
      '012-ask-for-more-kindly.md',
      '021-raise-season.md',
      '031-feed-post-1.md',
      '032-feed-post-2.md',
      '041-atom-post.md',
      '042-atom-post.md',
      '060-post-number-1.md',
      '061-post-number-3.md',
      '062-work-in-progress.md',
      '063-ghost-post.md',
      '064-draft-post.md',
      '070-docs-post.md',
    ]);
    expect(runs['buttondown']?.output).toContain(
      'image not found, left as a link: https://buttondown.example.invalid/images/calendar.png',
    );
  });

  it('a dry run writes nothing and prints the table', () => {
    const before = readdirSync(join(site, 'content/issues'), { recursive: true }).length;
    const run = runImport(site, join(exports, 'feed.xml'), '--dry-run');
    expect(run.status).toBe(0);
    expect(run.output).toMatch(
      /Dry run: nothing written, no image downloaded\.[\s\S]*unchanged\s+#31\s+031-feed-post-1\.md/,
    );
    expect(readdirSync(join(site, 'content/issues'), { recursive: true }).length).toBe(before);
  });

  it('ends with a summary and a non-zero exit when a post fails', () => {
    const clash = join(exports, 'clash.xml');
    writeFileSync(
      clash,
      rssFeed(1).replace('#1 – Feed post 1', 'Issue #57: Mine now').replaceAll('feed-1', 'clash-1'),
    );
    const run = runImport(site, clash);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain('Number 57 is taken by content/issues/057-always-discuss-the-job-offer.mdx');
    expect(run.output).toMatch(/0 created, 0 updated, 0 unchanged, 0 skipped \(edited\), 1 failed/);
  });

  it('builds, with every link resolving and every page valid HTML', async () => {
    // A scheduled issue: dated after any build, so it must not be published yet.
    writeFileSync(
      join(site, 'content/issues/099-scheduled.md'),
      '---\nnumber: 99\ntitle: Scheduled\ndate: 2999-01-01\ndescription: Later.\ntopics: [career]\n---\n\nLater.\n',
    );
    // Sent at 21:30 in New York on New Year's Eve: 02:30 on 1 January in UTC. Unquoted, so
    // YAML makes a Date of it; the loader must still hand the schema the offset as written.
    writeFileSync(
      join(site, 'content/issues/098-evening.md'),
      '---\nnumber: 98\ntitle: Evening\ndate: 2024-12-31T21:30:00-05:00\ndescription: Late.\ntopics: [career]\n---\n\nLate.\n',
    );
    const { status, output } = buildTempSite(site);
    expect(status, output.slice(-3000)).toBe(0);
    const dist = join(site, 'dist');
    expect(brokenLinks(dist)).toEqual([]);
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);

    const issue = readFileSync(join(dist, 'issues/5/index.html'), 'utf8');
    expect(issue).toMatch(
      /<img alt="illustration" loading="lazy" decoding="async" width="2" height="2" src="\/_astro\/[^"]+\.webp">/,
    );
    const feedPage = readFileSync(join(dist, 'issues/31/index.html'), 'utf8');
    const feedPost = feedPage.slice(feedPage.indexOf('issue-body'), feedPage.indexOf('</article>'));
    expect(feedPost).toContain('<section data-footnotes class="footnotes">');
    expect(feedPost).toContain('a {brace} and a &lt;tag&gt; in words.');
    for (const chrome of ['Subscribe', 'View in browser', 'open.gif', '<iframe'])
      expect(feedPost).not.toContain(chrome);
    // Old addresses forward to the issue; drafts and scheduled issues are not built.
    expect(readFileSync(join(dist, 'p/post-2/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/issues/12/">',
    );
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(
      '/archive/raise-season/ /issues/21/ 301',
    );
    // Imported issues reach the feed like any other; drafts and scheduled ones do not.
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain('A footnote for post 1.');
    expect(rss).not.toContain('Scheduled');
    // Feeds get a PNG rendition of each image (not WebP), absolute, with width and height.
    expect(rss).toMatch(
      /width=&quot;2&quot; height=&quot;2&quot; src=&quot;https?:\/\/[^&]+\/issues\/5\/images\/pic\.png&quot;/,
    );
    expect(readFileSync(join(dist, 'issues/5/images/pic.png')).subarray(1, 4).toString()).toBe('PNG');
    // Text that looked like directives reads as written; asides are quotations; no script (issue 27).
    const docsPage = readFileSync(join(dist, 'issues/70/index.html'), 'utf8');
    const docs = docsPage.slice(docsPage.indexOf('issue-body'), docsPage.indexOf('</article>'));
    expect(docs).toMatch(/A 16:9<sup><a [^>]*>1<\/a><\/sup> screen shows :abbr\[HTML\] well\./);
    expect(docs).toMatch(
      /<blockquote>\s*<p><strong>Note:<\/strong><\/p>\s*<p>Careful here\.<\/p>\s*<\/blockquote>/,
    );
    expect(docs).toMatch(/<strong>Tip:<\/strong>\s*Ask first\./);
    expect(docs).not.toMatch(/<script|onclick/);
    // The author's day, everywhere a reader or a feed reader sees the date.
    expect(readFileSync(join(dist, 'issues/98/index.html'), 'utf8')).toMatch(
      /<time datetime="2024-12-31"[^>]*>\s*31 December 2024\s*<\/time>/,
    );
    const archive = readFileSync(join(dist, 'issues/index.html'), 'utf8');
    const year2024 = archive.slice(archive.indexOf('id="year-2024"'));
    expect(year2024).toContain('/issues/98/');
    expect(archive).not.toContain('id="year-2025"');
    expect(rss).toContain('<pubDate>Tue, 31 Dec 2024 21:30:00 -0500</pubDate>');
    expect(readFileSync(join(dist, 'feed.json'), 'utf8')).toContain('"2024-12-31T21:30:00.000-05:00"');
    expect(existsSync(join(dist, 'issues/61/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'issues/99/index.html'))).toBe(false);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/p/post-2/');
  });

  it('passes axe on every imported issue and the archive, light and dark', async () => {
    const dist = join(site, 'dist');
    // The pages imported content shapes: each issue and the archive (forwarding pages are not read).
    const paths = htmlFiles(dist)
      .filter((file) => /^issues\/(\d+\/)?index\.html$/.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(paths.length).toBeGreaterThan(10);
    const server = await serveStatic(dist);
    const executablePath =
      process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const found: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          for (const violation of await axeViolations(page))
            found.push(`${path} (${colorScheme}) ${violation}`);
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(found).toEqual([]);
  }, 600_000);
});

describe('an image without alt text fails the build, naming the file and the image', () => {
  it('![](./004-x/chart.png)', () => {
    const site = makeTempSite('no-alt');
    cleanup.push(site);
    writeTree(join(site, 'content/issues'), {
      '004-x/chart.png': PNG,
      '004-x.md':
        '---\nnumber: 4\ntitle: X\ndate: 2024-01-01\ndescription: x\ntopics: [career]\n---\n\nText ![](./004-x/chart.png)\n',
    });
    const { status, output } = buildTempSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain('content/issues/004-x.md: an image has no alt text:\n  ![](./004-x/chart.png)');
  });
});

describe('dates that do not exist fail the build, naming the file', () => {
  it.each([
    ['2026-02-30', 'content/issues/003-bad-date.md: date: 2026-02-30 is not a day of the calendar'],
    ['20261125', 'Write the date as YYYY-MM-DD, like 2026-11-25 (got 20261125).'],
  ])('date: %s', (date, message) => {
    const site = makeTempSite('bad-date');
    cleanup.push(site);
    mkdirSync(join(site, 'content/issues'), { recursive: true });
    writeFileSync(
      join(site, 'content/issues/003-bad-date.md'),
      `---\nnumber: 3\ntitle: Bad date\ndate: ${date}\ndescription: x\ntopics: [career]\n---\n\nBody.\n`,
    );
    const { status, output } = buildTempSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).toContain('003-bad-date.md');
  });
});
