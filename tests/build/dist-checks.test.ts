import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/links.ts';
import { buildTempSite, makeTempSite, root } from '../support/temp-site.ts';

const copies: string[] = [];

/** A temporary copy of the site with its real content. */
function siteCopy(): string {
  const dir = makeTempSite('dist');
  copies.push(dir);
  cpSync(join(root, 'content/issues'), join(dir, 'content/issues'), { recursive: true });
  return dir;
}

/**
 * A clean build: no dist/, no caches. The same folder each time, because Astro hashes each
 * island's source path into its uid, so a checkout elsewhere differs by design.
 */
function cleanBuild(dir: string, env: Record<string, string> = {}): string {
  for (const stale of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache',
  ]) {
    rmSync(join(dir, stale), { recursive: true, force: true });
  }
  const { status, output } = buildTempSite(dir, env);
  expect(status, output.slice(-3000)).toBe(0);
  return join(dir, 'dist');
}

/** Every file of a build with the hash of its bytes. */
function fingerprint(dist: string): Record<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const name = path
          .slice(dist.length + 1)
          .split(sep)
          .join('/');
        return [name, createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the built site', () => {
  it('is byte-identical across two clean builds of the same commit', () => {
    const dir = siteCopy();
    const first = fingerprint(cleanBuild(dir));
    const second = fingerprint(cleanBuild(dir));
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it('has no broken internal link when served under /newsletter/', () => {
    const dir = siteCopy();
    // An issue with links written as authors write them: site-absolute, without the base.
    cpSync(join(root, 'tests/fixtures/content-links'), join(dir, 'content/issues'), { recursive: true });
    const dist = cleanBuild(dir, { BASE_PATH: '/newsletter/' });
    expect(brokenLinks(dist, '/newsletter/')).toEqual([]);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('href="/newsletter/issues/57/"');
    const linking = readFileSync(join(dist, 'issues/58/index.html'), 'utf8');
    expect(linking).toContain('href="/newsletter/issues/57/#why-they-want-to-talk"');
    expect(home).toMatch(/data-module="\/newsletter\/_astro\/search-ui\.[\w-]+\.js"/);
  });
});
