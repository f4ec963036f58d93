import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTempSiteAsync, makeTempSite, root } from '../support/temp-site.ts';

const copies: string[] = [];

/** Builds a temporary copy of the site whose issues are a fixture folder's. */
function buildWith(fixture: string): Promise<{ status: number | null; output: string }> {
  const dir = makeTempSite('bad-content');
  copies.push(dir);
  // The fixture stands where the author's issues would, so its relative imports resolve.
  cpSync(join(root, 'tests/fixtures', fixture), join(dir, 'content/issues'), { recursive: true });
  return buildTempSiteAsync(dir);
}

const FIXTURES = ['content-bad-frontmatter', 'content-bad-tip', 'content-duplicate-number'] as const;
type Result = { status: number | null; output: string };
let results: Record<(typeof FIXTURES)[number], Result>;

// The three builds stop at content sync, long before rendering: they run side by side.
beforeAll(async () => {
  const built = await Promise.all(FIXTURES.map((fixture) => buildWith(fixture)));
  results = Object.fromEntries(FIXTURES.map((fixture, index) => [fixture, built[index]])) as typeof results;
}, 600_000);

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

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
});
