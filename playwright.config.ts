import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { sharedBuild } from './tests/support/shared-builds.ts';

// One run id for the runner and the workers it starts (they inherit its environment): each
// shared build is checked once per run, never rebuilt under a server mid-run (shared-builds.ts).
process.env['SHARED_BUILDS_RUN'] ??= `${process.pid}-${Date.now()}`;
// The real site must be built before specs are collected: the accessibility sweep declares one
// test per built page. A fresh build (nothing changed since) is reused, so this is usually free.
await sharedBuild('site');

// A system Chromium where there is one (CI, containers), else Playwright's own download
// (`npx playwright install chromium` on a laptop).
const executablePath =
  process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const port = Number(process.env['E2E_PORT'] ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  // Generous, because the machine may be busy (tests wait on conditions, never on the clock):
  // a test that loops over every page must not fail for being slow, only for being wrong.
  timeout: 180_000,
  // Assertions retry until the test's own limit, not Playwright's default sized for an idle machine.
  expect: { timeout: 60_000 },
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL,
    // A failed test keeps a screenshot of where it stopped. No trace by default: recording one
    // for every test, to keep it for the few that fail, cost a quarter of the suite's CPU (the
    // browser encodes a screencast throughout). To see a failure step by step, run that test
    // again with `--trace on` (the README's "Which command runs what").
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // The network is closed here: these stop Chromium calling home at start.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Tests run against the production build, exactly what readers get (built above).
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    timeout: 60_000,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
