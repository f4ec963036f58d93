// `npm test`: builds every site variant the tests read, once (tests/support/shared-builds.ts),
// then every Vitest project, then the Playwright suite against those builds, and one closing
// line with the totals of both ("N passed, N failed", plus ", N skipped" when any) for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const unitReport = 'reports/unit.json';
const e2eReport = 'reports/e2e.json';
for (const file of [unitReport, e2eReport]) rmSync(file, { force: true });

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;
const timings = [];
const timed = (name, work) => {
  const started = performance.now();
  const status = work();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return status;
};

// Both cores build the variants side by side; the suites below then only read them.
const buildStatus = timed('builds', () => run(process.execPath, ['tests/support/prepare-builds.ts']));
const unitStatus = timed('vitest', () =>
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]),
);
const e2eStatus = timed('playwright', () => run(bin('playwright'), ['test']));

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read(unitReport);
const e2e = read(e2eReport);

let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else failed += 1;

// A runner that crashed before writing its report counts as one failure, never as a pass;
// so does a shared build that failed (the suites reading it report their own failures too).
if (buildStatus !== 0 && failed === 0) failed += 1;
if (unitStatus !== 0 && failed === 0) failed += 1;
if (e2eStatus !== 0 && failed === 0) failed += 1;

console.log(`Time: ${timings.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || buildStatus !== 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
