import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const root = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the site whose issues are `content/issues` inside it, so fixture
 * content builds without touching the author's issues or the main build's caches. In a new
 * temporary folder, or in `at` when given (which must not exist yet).
 */
export function makeTempSite(prefix: string, at?: string): string {
  const dir = at ?? mkdtempSync(join(tmpdir(), `newsletter-${prefix}-`));
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'content/issues'), { recursive: true });
  // Packages are linked one by one so the copy keeps its own caches (node_modules/.astro,
  // .vite): a shared cache would leak the other builds' content into this one.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Runs `astro build` in a temporary site; returns its exit status and everything it printed. */
export function buildTempSite(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
    cwd: dir,
    env: { ...buildEnvironment(), ISSUES_DIR: 'content/issues', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** buildTempSite(), without blocking: several fixture builds can run side by side. */
export function buildTempSiteAsync(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      env: { ...buildEnvironment(), ISSUES_DIR: 'content/issues', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * This process's environment without what a test runner adds: Vitest sets MODE, DEV,
 * BASE_URL and friends, and Astro would read them back as import.meta.env in the build.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV|TEST|VITEST.*)$/.test(name)) delete env[name];
  }
  return env;
}
