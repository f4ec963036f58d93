import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTempSite, makeTempSite, root } from '../support/temp-site.ts';

const copies: string[] = [];

/** Builds a temporary copy of the site whose issues are a fixture folder's. */
function buildWith(fixture: string): { status: number | null; output: string } {
  const dir = makeTempSite('bad-content');
  copies.push(dir);
  // The fixture stands where the author's issues would, so its relative imports resolve.
  cpSync(join(root, 'tests/fixtures', fixture), join(dir, 'content/issues'), { recursive: true });
  return buildTempSite(dir);
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('bad content fails the build, naming the file and the field', () => {
  it('frontmatter that breaks the schema', () => {
    const { status, output } = buildWith('content-bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('content/issues/012-bad-topics.mdx');
    expect(output).toContain('topics: List at least one topic, like `topics: [career]`.');
  });

  it('a tip without a title', () => {
    const { status, output } = buildWith('content-bad-tip');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/issues\/009-bad-tip\.mdx: <Tip id="untitled"> needs a "title"/);
  });

  it('two issues with the same number', () => {
    const { status, output } = buildWith('content-duplicate-number');
    expect(status).not.toBe(0);
    expect(output).toContain('Two issues share a number (frontmatter field "number")');
    expect(output).toMatch(/number 3 is used by \S*003-first\.mdx and \S*003-second\.mdx/);
  });
});
