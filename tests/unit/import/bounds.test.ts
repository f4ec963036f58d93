// Bounded work (issue 27): hostile exports, each imported by the real command in a child
// process whose peak memory is measured. The inputs are made on the fly, in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugePostFeed, zipBomb } from '../../fixtures/import/hostile.ts';

const root = process.cwd();
const MAX_RSS_MB = 500;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsletter-hostile-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

/** Runs `npm run import -- <file> --dry-run` in the temporary folder: its output and peak memory. */
function importPeak(file: string): { output: string; status: number | null; peakMb: number } {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'tests/fixtures/import/max-rss.mjs'),
      join(root, 'scripts/import.ts'),
      file,
      '--dry-run',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, ISSUES_DIR: join(dir, 'issues'), NO_COLOR: '1' } },
  );
  const kb = Number(/max-rss-kb (\d+)/.exec(result.stderr)?.[1]);
  return { output: `${result.stdout}\n${result.stderr}`, status: result.status, peakMb: kb / 1024 };
}

describe(`hostile exports stay under ${MAX_RSS_MB} MB`, () => {
  it('a zip under a megabyte holding 600 MB no post uses: imported, the entry never unpacked', async () => {
    const file = join(dir, 'bomb.zip');
    writeFileSync(file, await zipBomb(600));
    const { output, status, peakMb } = importPeak(file);
    expect(output).toContain('1 created');
    expect(status).toBe(0);
    expect(peakMb).toBeLessThan(MAX_RSS_MB);
  }, 120_000);

  it('a feed whose one post is 50 MB: that post refused by name', () => {
    const file = join(dir, 'huge.xml');
    writeFileSync(file, hugePostFeed(50));
    const { output, status, peakMb } = importPeak(file);
    expect(output).toContain(
      '✗ item 1 ("Long"): The post is 53 million characters long, over the import\'s 2 million',
    );
    expect(status).toBe(1);
    expect(peakMb).toBeLessThan(MAX_RSS_MB);
  }, 120_000);
});
