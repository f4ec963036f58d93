// What installing the project writes: `npm ci` and `npm ci --omit=dev` from its package.json
// and lock file in an empty folder, weighed as `du -sm node_modules` does.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../tests/support/temp-site.ts';

/** Megabytes on disk, as `du -sm` counts them. */
export interface InstallSize {
  /** `npm ci`: everything, dev dependencies included. */
  all: number;
  /** Of which the host's local server for the end-to-end tests (wrangler, miniflare, workerd). */
  hostServer: number;
  /** `npm ci --omit=dev`: what building the site needs. */
  production: number;
}

/** The host's local server and what only it brings. */
const HOST_SERVER = ['wrangler', 'miniflare', 'workerd', '@cloudflare'];

const megabytes = (paths: string[]): number =>
  paths.length === 0
    ? 0
    : Number(
        execFileSync('du', ['-smc', ...paths], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .at(-1)
          ?.split('\t')[0],
      );

/** Installs the project twice in a temporary folder and weighs node_modules each time. */
export function measureInstall(): InstallSize {
  const dir = mkdtempSync(join(tmpdir(), 'newsletter-install-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(root, file), join(dir, file));
    const install = (...args: string[]) =>
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', ...args], { cwd: dir, stdio: 'ignore' });
    const modules = join(dir, 'node_modules');
    install();
    const all = megabytes([modules]);
    const hostServer = megabytes(
      HOST_SERVER.map((name) => join(modules, name)).filter((path) => existsSync(path)),
    );
    rmSync(modules, { recursive: true, force: true });
    install('--omit=dev');
    return { all, hostServer, production: megabytes([modules]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
