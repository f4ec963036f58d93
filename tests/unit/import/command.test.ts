// `npm run import` itself, on hostile exports from issue 27: what the command does on disk.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PNG, writeTree } from '../../fixtures/import/exports.ts';
import { feedOf, markdownPost, TRUNCATED_PNG } from '../../fixtures/import/hostile.ts';

const root = process.cwd();
const dirs: string[] = [];
let site: string;

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'newsletter-import-cmd-'));
  dirs.push(site);
  mkdirSync(join(site, 'content/issues'), { recursive: true });
}, 60_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

function runImport(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ISSUES_DIR: 'content/issues', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run import on hostile exports (issue 27)', () => {
  it('never overwrites the author’s 010-hello.md (number: 99), and exits 1 naming both files', () => {
    const mine = '---\nnumber: 99\ntitle: Mine\n---\nMy words.\n';
    writeFileSync(join(site, 'content/issues/010-hello.md'), mine);
    writeFileSync(join(site, 'feed.xml'), feedOf([{ title: 'Issue #10: Hello', html: '<p>Imported.</p>' }]));
    const run = runImport('feed.xml');
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'content/issues/010-hello.md is already there, and no import of this post wrote it',
    );
    expect(readFileSync(join(site, 'content/issues/010-hello.md'), 'utf8')).toBe(mine);
  });

  it('refuses a _redirects whose End marker was deleted, writing nothing at all', () => {
    const redirects =
      '/mine /about/ 301\n\n# Begin: written by npm run import (edit outside these lines)\n/p/old/ /issues/1/ 301\n/also-mine /tools/ 301\n';
    mkdirSync(join(site, 'public'));
    writeFileSync(join(site, 'public/_redirects'), redirects);
    writeFileSync(join(site, 'feed.xml'), feedOf([{ title: 'Issue #3: New', html: '<p>New.</p>' }]));
    const run = runImport('feed.xml');
    expect(run.status).toBe(2);
    expect(run.output).toContain(
      "public/_redirects: the import's marker lines were edited (1 Begin, 0 End).",
    );
    expect(readFileSync(join(site, 'public/_redirects'), 'utf8')).toBe(redirects);
    expect(existsSync(join(site, 'content/issues/003-new.md'))).toBe(false);
  });

  it('fails a post whose PNG is truncated (only its signature is right), before the build would', () => {
    const files = markdownPost('A chart: ![Chart](./chart.png)\n', 'posts/post.md');
    files['posts/chart.png'] = TRUNCATED_PNG;
    files['posts/other.md'] = '---\ntitle: "Issue 6 — Fine"\ndate: 2023-03-02\n---\n\n![Fine](./fine.png)\n';
    files['posts/fine.png'] = PNG;
    writeTree(join(site, 'export'), files);
    const run = runImport('export');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /✗ post\.md \("A post"\): Its images cannot be read as the build reads them: 005-a-post\/chart\.png \(/,
    );
    expect(existsSync(join(site, 'content/issues/005-a-post.md'))).toBe(false);
    expect(existsSync(join(site, 'content/issues/005-a-post/chart.png'))).toBe(false);
    expect(existsSync(join(site, 'content/issues/006-fine.md'))).toBe(true);
  });

  it('reads a folder with a symlink loop and a link out of it, copying nothing from outside', () => {
    writeTree(join(site, 'export'), markdownPost('Hello ![Secret](./secret.png)\n', 'posts/post.md'));
    writeFileSync(join(site, 'outside.png'), PNG);
    symlinkSync(join(site, 'outside.png'), join(site, 'export/posts/secret.png'));
    symlinkSync(join(site, 'export/posts/b'), join(site, 'export/posts/a'));
    symlinkSync(join(site, 'export/posts/a'), join(site, 'export/posts/b'));
    const run = runImport('export');
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(
      '! left out of the export: posts/secret.png: a symlink to a file outside the export',
    );
    expect(run.output).toMatch(
      /! left out of the export: posts\/a: a symlink that leads nowhere or round in a loop/,
    );
    expect(existsSync(join(site, 'content/issues/005-a-post/secret.png'))).toBe(false);
  });
});
