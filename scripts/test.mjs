// `npm test`: every Vitest project, then the Playwright suite against the built site, and
// one closing line with the totals of both ("N passed, N failed") for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const unitReport = 'reports/unit.json';
const e2eReport = 'reports/e2e.json';
for (const file of [unitReport, e2eReport]) rmSync(file, { force: true });

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

const unitStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitReport}`,
]);
const e2eStatus = run(bin('playwright'), ['test']);

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read(unitReport);
const e2e = read(e2eReport);

let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else failed += 1;

// A runner that crashed before writing its report counts as one failure, never as a pass.
if (unitStatus !== 0 && failed === 0) failed += 1;
if (e2eStatus !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unitStatus !== 0 || e2eStatus !== 0 ? 1 : 0);
