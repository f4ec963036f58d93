// Each site variant the tests need is built once and shared by every suite that reads it:
// `npm test` builds them all up front (two at a time, one per core), Playwright's global setup
// builds what is missing when its specs run alone, and a test file asks for one by name. A
// variant is rebuilt only when what shapes it changed, so a rerun costs no build at all.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus, type CorpusOptions } from '../fixtures/corpus.ts';
import { substackExport, zipOf } from '../fixtures/import/exports.ts';
import { buildEnvironment, makeTempSite, root } from './temp-site.ts';

/**
 * Where shared builds live between runs; TEST_BUILDS_DIR moves them. Outside the project:
 * Vite's plugins skip anything under node_modules/, and tools that scan the project (astro
 * check, ESLint) should not find a copy of it. One folder per checkout, named by its path.
 */
export const BUILDS_DIR =
  process.env['TEST_BUILDS_DIR'] ??
  join(tmpdir(), `newsletter-test-builds-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);

/** A site variant: how to fill its folder, how to build it, and where its output is. */
interface Variant {
  /** What it is, for logs. */
  about: string;
  /** Files and folders, relative to the project, whose changes make it stale. */
  inputs: string[];
  /** The folder its built output is read from. */
  output: () => string;
  /** Builds it from scratch; resolves with everything it printed, rejects on failure. */
  build: () => Promise<string>;
}

/** The names of the shared variants. */
export type VariantName = 'site' | 'email' | 'base-path' | 'scale-300' | 'host';

const SOURCES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** Runs a command; resolves with its output, rejects with the end of it when it fails. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...buildEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`)),
    );
  });
}

const astro = (dir: string, env: Record<string, string> = {}) =>
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], dir, env);

/** A fresh copy of the site in the variant's own folder (same folder every run: see below). */
function freshCopy(name: string): string {
  const dir = join(BUILDS_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  // The same path every time: Astro hashes an island's source path into its uid, and the
  // reproducibility test rebuilds this very folder and compares the bytes.
  return makeTempSite(name, dir);
}

/** The word planted in issue #137 of the 300-issue corpus, found in no other issue. */
export const SCALE_PLANTED_WORD = 'zygomorphic';

/** The 300-issue corpus: widget-less issues in Markdown, every 25th a draft, one planted word. */
export const SCALE_CORPUS: CorpusOptions = {
  count: 300,
  seed: 300,
  plant: [137, SCALE_PLANTED_WORD],
  draftEvery: 25,
};

const VARIANTS: Record<VariantName, Variant> = {
  site: {
    about: 'the real site in dist/, as `npm run build` makes it',
    inputs: [...SOURCES, 'content'],
    output: () => join(root, 'dist'),
    build: () => astro(root),
  },
  email: {
    about: 'issue #57’s email edition, as `npm run email -- 57` writes it',
    inputs: [...SOURCES, 'content', 'scripts/email.mjs'],
    output: () => join(BUILDS_DIR, 'email'),
    build: async () => {
      const out = join(BUILDS_DIR, 'email');
      rmSync(out, { recursive: true, force: true });
      const log = await run(process.execPath, ['scripts/email.mjs', '57', '--out', out], root, {
        SITE_URL: EMAIL_SITE_URL,
      });
      writeFileSync(join(out, 'log.txt'), log);
      return log;
    },
  },
  'base-path': {
    about: 'the real site plus a linking fixture, served under /newsletter/',
    inputs: [...SOURCES, 'content', 'tests/fixtures/content-links'],
    output: () => join(BUILDS_DIR, 'base-path', 'dist'),
    build: () => {
      const dir = freshCopy('base-path');
      cpSync(join(root, 'content/issues'), join(dir, 'content/issues'), { recursive: true });
      cpSync(join(root, 'tests/fixtures/content-links'), join(dir, 'content/issues'), { recursive: true });
      return astro(dir, { ISSUES_DIR: 'content/issues', BASE_PATH: '/newsletter/' });
    },
  },
  'scale-300': {
    about: '300 synthetic issues, every 25th a draft, one planted word',
    inputs: [...SOURCES, 'tests/fixtures/corpus.ts'],
    output: () => join(BUILDS_DIR, 'scale-300', 'dist'),
    build: () => {
      const dir = freshCopy('scale-300');
      const files = generateCorpus(SCALE_CORPUS);
      for (const file of files) writeFileSync(join(dir, 'content/issues', file.name), file.content);
      return astro(dir, { ISSUES_DIR: 'content/issues' });
    },
  },
  host: {
    about: 'the real site as an author deploys it: settings in .env, a Substack export imported',
    inputs: [...SOURCES, 'content', 'scripts/import.ts', 'tests/fixtures/import'],
    output: () => join(BUILDS_DIR, 'host', 'dist'),
    build: async () => {
      const dir = freshCopy('host');
      cpSync(join(root, 'content/issues'), join(dir, 'content/issues'), { recursive: true });
      writeFileSync(join(dir, '.env'), HOST_ENV);
      writeFileSync(join(dir, 'export.zip'), zipOf(substackExport(2)));
      const log = await run(process.execPath, [join(root, 'scripts/import.ts'), 'export.zip'], dir, {
        ISSUES_DIR: 'content/issues',
      });
      return log + (await astro(dir, { ISSUES_DIR: 'content/issues' }));
    },
  },
};

/** The address the email edition's links lead to, as the author sets it when sending. */
export const EMAIL_SITE_URL = 'https://news.example.com/';

/** The host variant's `.env`, written as an author writes it. */
export const HOST_ENV = `# Career Quick Tips on Cloudflare Pages
SITE_URL=https://news.example.com
SIGNUP_PROVIDER=buttondown
SIGNUP_TARGET=careerquicktips
`;

/** Every variant, in the order they are best built (the real site first: most suites read it). */
export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

/** Size and modification time of every file under the inputs: cheap, and changes on any edit. */
function inputsKey(name: VariantName): string {
  const hash = createHash('sha256').update(name);
  for (const input of VARIANTS[name].inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(path, file))
      : [path];
    for (const file of files.sort()) {
      const stat = statSync(file);
      if (stat.isFile()) hash.update(`${relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

const stampFile = (name: VariantName) => join(BUILDS_DIR, `${name}.stamp`);

/** The stamp also records the output's own time, so a build made by hand since makes it stale. */
function outputTime(name: VariantName): string {
  const output = VARIANTS[name].output();
  return existsSync(output) ? String(statSync(output).mtimeMs) : 'none';
}

function isFresh(name: VariantName): boolean {
  const stamp = stampFile(name);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === `${inputsKey(name)} ${outputTime(name)}`;
}

/** Holds a lock folder while `work` runs, so parallel workers never build one variant twice. */
async function withLock<T>(name: VariantName, work: () => Promise<T>): Promise<T> {
  mkdirSync(BUILDS_DIR, { recursive: true });
  const lock = join(BUILDS_DIR, `${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process builds it: wait for its lock to go, checking on a short interval.
      // A lock left by a killed run (older than the longest build) is taken over.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The test run this process belongs to (SHARED_BUILDS_RUN, set by playwright.config.ts in the
 * runner and inherited by its workers), or undefined outside one. Read when asked: the config
 * sets it after importing this module.
 */
const currentRun = (): string | undefined => process.env['SHARED_BUILDS_RUN'];
const runFile = (name: VariantName) => join(BUILDS_DIR, `${name}.run`);

/**
 * Whether this run already checked the variant. Within a run it is checked once: a worker
 * (loaded again after a failed test) that found a source edited mid-run would otherwise rebuild
 * the output under a server another worker is reading, and its tests would see 404s. The edit
 * is picked up by the next run.
 */
function checkedThisRun(name: VariantName): boolean {
  const run = currentRun();
  return run !== undefined && existsSync(runFile(name)) && readFileSync(runFile(name), 'utf8') === run;
}

/**
 * The built output of a variant, built first if it is missing or stale (checked once per test
 * run). Safe to call from several processes at once: one builds, the others wait for it.
 */
export async function sharedBuild(name: VariantName): Promise<string> {
  if (checkedThisRun(name) || isFresh(name)) return VARIANTS[name].output();
  return withLock(name, async () => {
    if (!checkedThisRun(name) && !isFresh(name)) {
      rmSync(stampFile(name), { force: true });
      const started = performance.now();
      await VARIANTS[name].build();
      writeFileSync(stampFile(name), `${inputsKey(name)} ${outputTime(name)}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Built ${name} (${VARIANTS[name].about}) in ${seconds} s.`);
    }
    const run = currentRun();
    if (run !== undefined) writeFileSync(runFile(name), run);
    return VARIANTS[name].output();
  });
}

/** The folder a variant was built in (its dist/'s parent), for tests that rebuild it. */
export function variantFolder(name: Exclude<VariantName, 'site' | 'email'>): string {
  return join(BUILDS_DIR, name);
}

/** Builds the given variants, `parallel` at a time; the real site and the email never together. */
export async function prepareBuilds(names: readonly VariantName[], parallel = 2): Promise<void> {
  // Both build from the project folder itself (its .astro and Vite caches), so they take turns.
  const rootBuilds = names.filter((name) => name === 'site' || name === 'email');
  const copies = names.filter((name) => name !== 'site' && name !== 'email');
  const lanes: VariantName[][] = parallel > 1 ? [rootBuilds, copies] : [[...rootBuilds, ...copies]];
  await Promise.all(
    lanes.map(async (lane) => {
      for (const name of lane) await sharedBuild(name);
    }),
  );
}
