import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActiveMarkup, renderedParts } from '../../src/lib/content/active-html.ts';
import { buildTempSiteAsync, makeTempSite, root } from '../support/temp-site.ts';

const copies: string[] = [];

/** Builds a temporary copy of the site whose issues are a fixture folder's. */
async function buildWith(
  fixture: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string; dir: string }> {
  const dir = makeTempSite('bad-content');
  copies.push(dir);
  // The fixture stands where the author's issues would, so its relative imports resolve.
  cpSync(join(root, 'tests/fixtures', fixture), join(dir, 'content/issues'), { recursive: true });
  return { ...(await buildTempSiteAsync(dir, env)), dir };
}

const FIXTURES = ['content-bad-frontmatter', 'content-bad-tip', 'content-duplicate-number'] as const;
type Result = { status: number | null; output: string };
let results: Record<(typeof FIXTURES)[number], Result>;

// The three builds stop at content sync, long before rendering: they run side by side.
beforeAll(async () => {
  const [frontmatter, tip, duplicate] = await Promise.all(FIXTURES.map((fixture) => buildWith(fixture)));
  if (!frontmatter || !tip || !duplicate) throw new Error('A fixture build gave no result.');
  results = {
    'content-bad-frontmatter': frontmatter,
    'content-bad-tip': tip,
    'content-duplicate-number': duplicate,
  };
}, 600_000);

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}, 600_000);

describe('bad content fails the build, naming the file and the field', () => {
  it('frontmatter that breaks the schema', () => {
    const { status, output } = results['content-bad-frontmatter'];
    expect(status).not.toBe(0);
    expect(output).toContain('content/issues/012-bad-topics.mdx');
    expect(output).toContain('topics: List at least one topic, like `topics: [career]`.');
  });

  it('a tip without a title', () => {
    const { status, output } = results['content-bad-tip'];
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/issues\/009-bad-tip\.mdx: <Tip id="untitled"> needs a "title"/);
  });

  it('two issues with the same number', () => {
    const { status, output } = results['content-duplicate-number'];
    expect(status).not.toBe(0);
    expect(output).toContain('Two issues share a number (frontmatter field "number")');
    expect(output).toMatch(/number 3 is used by \S*003-first\.mdx and \S*003-second\.mdx/);
  });

  it('frontmatter mistakes, each in plain words (issue 15, case 12)', async () => {
    const { status, output } = await buildWith('content-bad-fields');
    expect(status).not.toBe(0);
    expect(output).toContain('content/issues/013-bad-fields.mdx has frontmatter to fix:');
    expect(output).toContain('number: must be 1 or more (it is 0).');
    expect(output).toContain('date: is not a date (it is "next Tuesday"). Write it as YYYY-MM-DD');
    expect(output).toContain('tags: is not a field an issue has.');
    expect(output).not.toMatch(/\*\*: \*\*|Invalid input|Unrecognized key/);
  });

  it('one topic spelled two ways, naming both files (issue 15, case 12)', async () => {
    const { status, output } = await buildWith('content-topic-spellings');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /The topic "career" is spelled 2 ways: "CAREER!" in \S*002-second\.mdx; "Career" in \S*001-first\.mdx|The topic "career" is spelled 2 ways: "Career" in \S*001-first\.mdx; "CAREER!" in \S*002-second\.mdx/,
    );
  });
});

describe('active markup in an issue (issue 15, case 9)', () => {
  it('warns naming file and line, and never reaches the feeds', async () => {
    const { status, output, dir } = await buildWith('content-active', { STRICT_CONTENT: '0' });
    expect(status).toBe(0);
    for (const line of [11, 13, 15, 17, 19]) {
      expect(output).toMatch(new RegExp(`content/issues/060-active\\.mdx:${line}: `));
    }
    const feeds = ['rss.xml', 'feed.json']
      .map((file) => readFileSync(join(dir, 'dist', file), 'utf8'))
      .join('\n');
    expect(feeds).toContain('The end.');
    // The one "<script>" left is the issue's code sample, shown as text.
    expect(feeds).toContain('<code>&lt;script&gt;</code>');
    expect(feeds.replaceAll('<code>&lt;script&gt;</code>', '')).not.toMatch(
      /<(script|iframe|form|svg|animate)\b|&lt;(script|iframe|form|svg|animate)\b|srcdoc|onerror|javascript:/i,
    );
  });

  it('fails the build with STRICT_CONTENT=1', async () => {
    const { status, output } = await buildWith('content-active', { STRICT_CONTENT: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('Issues contain markup that runs code, which a strict build');
    expect(output).toMatch(/content\/issues\/060-active\.mdx:11: a <script> element/);
  }, 600_000);

  it('links feeds only to the site’s own tool pages, whatever a widget names (issue 27)', async () => {
    const { status, output, dir } = await buildWith('content-active-rendered', { STRICT_CONTENT: '0' });
    expect(status, output.slice(-2000)).toBe(0);
    for (const file of ['rss.xml', 'feed.json']) {
      const parts = renderedParts(file, readFileSync(join(dir, 'dist', file), 'utf8'));
      expect(parts.map((part) => part.issue).sort()).toEqual([61, 62, 63]);
      expect(parts.find((part) => part.issue === 63)?.html).toContain('Use it on the website');
      for (const part of parts) {
        expect(findActiveMarkup(part.html), `${file} #${part.issue}`).toEqual([]);
        expect(part.html).not.toMatch(/alert\(|data:text/);
      }
    }
  }, 600_000);

  // The page is built, then read back: what only rendering reveals is judged on what readers get.
  it('reads the rendered pages and feeds with STRICT_CONTENT=1: entities, JSX, split tags, meta refresh (issue 27)', async () => {
    const { status, output } = await buildWith('content-active-rendered', { STRICT_CONTENT: '1' });
    expect(status).not.toBe(0);
    for (const finding of [
      /061-hidden\.mdx:11: a javascript: URL in href — <a href="javascript:alert\(1\)">/,
      /061-hidden\.mdx:13: a javascript: URL in href — <a href="javascript:alert\(2\)">/,
      /061-hidden\.mdx:15: an SVG <set> that sets onmouseover/,
      /061-hidden\.mdx:17: a data: URL in href/,
      /061-hidden\.mdx:19: a <meta http-equiv="refresh">/,
      /062-split\.md:10: an onerror attribute/,
      /062-split\.md:12: an onload attribute/,
    ])
      expect(output).toMatch(finding);
    // Words that only name markup are not findings.
    expect(output).not.toMatch(/061-hidden\.mdx:9:/);
  }, 600_000);
});
