// `npm test`: builds every site variant the tests read, once (tests/support/shared-builds.ts),
// then runs the Playwright suite against those builds with every Vitest project beside it,
// and prints one closing line with the totals of both ("N passed, N failed", plus
// ", N skipped" when any) for CI.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

mkdirSync('reports', { recursive: true });
const unitReport = 'reports/unit.json';
const unitLog = 'reports/unit.log';
const e2eReport = 'reports/e2e.json';
for (const file of [unitReport, unitLog, e2eReport]) rmSync(file, { force: true });

/** Runs a command to its end: its exit status; its output to the terminal, or to a file when given. */
const run = (command, args, logFile) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (logFile) {
      const log = createWriteStream(logFile);
      child.stdout.pipe(log);
      child.stderr.pipe(log);
    }
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
const bin = (name) => `node_modules/.bin/${name}`;
const timings = [];
const timed = async (name, work) => {
  const started = performance.now();
  const status = await work();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return status;
};

const started = performance.now();
// Both cores build the variants side by side; the suites below then only read them. Before
// Vitest starts: the real site and the email edition build in the project folder by turns,
// which only prepareBuilds() knows.
const buildStatus = await timed('builds', () => run(process.execPath, ['tests/support/prepare-builds.ts']));
// Playwright spends much of its time waiting on the browser and the server, so Vitest runs
// beside it rather than after it, sharing the two cores. (Two Vitest files at a time instead of
// its default one was tried: fresh-clone runs took 289, 324 and 322 s against 310 s, no gain.)
// Vitest's output goes to reports/unit.log and is printed once it ends, so the two reports do
// not interleave.
const [e2eStatus, unitStatus] = await Promise.all([
  timed('playwright', () => run(bin('playwright'), ['test'])),
  timed('vitest', () =>
    run(
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`],
      unitLog,
    ),
  ),
]);
timings.push(`in all ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (existsSync(unitLog)) process.stdout.write(readFileSync(unitLog, 'utf8'));

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

// CI keeps only the end of this output: name each failure here, above the totals, with the
// first line of its error, so a failure is found without the runner's full report.
const firstLine = (text) =>
  stripVTControlCharacters(String(text ?? ''))
    .trim()
    .split('\n')[0];
const failures = [];
for (const file of unit?.testResults ?? []) {
  for (const test of file.assertionResults) {
    if (test.status === 'failed')
      failures.push(
        `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`,
      );
  }
}
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const result = test.results.at(-1);
      if (test.status === 'unexpected')
        failures.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(result?.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child);
};
for (const suite of e2e?.suites ?? []) walk(suite);
if (failures.length > 0) console.log(`Failed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`Time: ${timings.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || buildStatus !== 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
