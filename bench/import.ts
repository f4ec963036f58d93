// `npm run bench:import [-- --n 1000 --build]`: times `npm run import` on a made-up Substack
// export of N posts (the target is under 30 s for 1,000), then the re-run that finds every
// file unchanged, and with --build the build of the imported corpus. Reported, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSubstackExport } from '../tests/fixtures/import/generate-export.ts';
import { buildTempSite, makeTempSite, root } from '../tests/support/temp-site.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, build: { type: 'boolean', default: false } },
});
const n = Number(values.n);
const exportDir = generateSubstackExport(n);
const site = makeTempSite('bench-import');
mkdirSync(join(site, 'content/issues'), { recursive: true });

/** Runs the import once in the temporary site; returns seconds and its summary line. */
function timeImport(): { seconds: number; summary: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), exportDir], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ISSUES_DIR: 'content/issues' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`The import failed:\n${run.stdout.slice(-2000)}\n${run.stderr}`);
  return { seconds, summary: run.stdout.trim().split('\n').pop() ?? '' };
}

try {
  const first = timeImport();
  const files = readdirSync(join(site, 'content/issues')).filter((f) => f.endsWith('.md')).length;
  console.log(
    `import of ${n} posts: ${first.seconds.toFixed(1)} s (target < 30 s for 1,000), ${files} files`,
  );
  console.log(`  ${first.summary}`);
  const again = timeImport();
  console.log(`re-run, nothing to change: ${again.seconds.toFixed(1)} s`);
  console.log(`  ${again.summary}`);
  if (values.build) {
    const started = performance.now();
    const { status, output } = buildTempSite(site);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `build of the imported corpus: ${seconds} s, ${status === 0 ? 'passed' : `FAILED\n${output.slice(-3000)}`}`,
    );
  }
} finally {
  rmSync(site, { recursive: true, force: true });
  rmSync(exportDir, { recursive: true, force: true });
}
