import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/links.ts';
import { sharedBuild, variantFolder } from '../support/shared-builds.ts';
import { buildTempSite } from '../support/temp-site.ts';

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

// The shared /newsletter/ build (the real issues plus a linking fixture) is read by both tests;
// the second rebuilds its folder from a clean state beside it, never over it.
const again = join(variantFolder('base-path'), 'dist-again');
afterAll(() => rmSync(again, { recursive: true, force: true }));

describe('the built site', () => {
  it('has no broken internal link when served under /newsletter/', async () => {
    const dist = await sharedBuild('base-path');
    expect(brokenLinks(dist, '/newsletter/')).toEqual([]);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('href="/newsletter/issues/57/"');
    // An issue with links written as authors write them: site-absolute, without the base.
    const linking = readFileSync(join(dist, 'issues/58/index.html'), 'utf8');
    expect(linking).toContain('href="/newsletter/issues/57/#why-they-want-to-talk"');
    expect(home).toMatch(/data-module="\/newsletter\/_astro\/search-ui\.[\w-]+\.js"/);
  });

  it('is byte-identical across two clean builds of the same commit', async () => {
    const dist = await sharedBuild('base-path');
    const first = fingerprint(dist);
    // The same folder, because Astro hashes each island's source path into its uid, so a
    // checkout elsewhere differs by design. Every cache goes first: a clean build.
    const dir = variantFolder('base-path');
    for (const stale of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', again])
      rmSync(join(dir, stale), { recursive: true, force: true });
    const { status, output } = buildTempSite(dir, { BASE_PATH: '/newsletter/' }, ['--outDir', again]);
    expect(status, output.slice(-3000)).toBe(0);
    const second = fingerprint(again);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });
});
