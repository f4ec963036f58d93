import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** Builds a temporary copy of the site with its issues read from a fixture folder. */
function buildWith(fixture: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsletter-bad-content-'));
  copies.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      ISSUES_DIR: join(root, 'tests/fixtures', fixture),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('bad content fails the build, naming the file and the field', () => {
  it('frontmatter that breaks the schema', () => {
    const { status, output } = buildWith('content-bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('012-bad-topics.mdx');
    expect(output).toContain('topics: List at least one topic, like `topics: [career]`.');
  });

  it('two issues with the same number', () => {
    const { status, output } = buildWith('content-duplicate-number');
    expect(status).not.toBe(0);
    expect(output).toContain('Two issues share a number (frontmatter field "number")');
    expect(output).toMatch(/number 3 is used by \S*003-first\.mdx and \S*003-second\.mdx/);
  });
});
