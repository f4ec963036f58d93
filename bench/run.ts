// `npm run bench`: what the site costs at scale. For each N it builds a synthetic corpus
// from a clean state, then again warm, then its floor (no share cards, no search index), and a
// plain Astro site of the same issues (bench/plain.ts), so every build is also a ratio to
// references measured in the same run; it weighs the output, times search in Chromium, and
// weighs the install. Figures are reported against their targets, never asserted.
// Options: --n 250 (any N, repeatable), --quick (N = 50, no install), --lighthouse (also
// Lighthouse on the real site, installed on demand: bench/lighthouse.ts), --mdx (every issue
// written as MDX, to compare with the default: issues without a widget in Markdown, as the
// importer writes them), --starlight (also Starlight of the same issues, installed on demand
// into a cache folder: bench/starlight.ts).
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from '../tests/fixtures/corpus.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { makeTempSite, root } from '../tests/support/temp-site.ts';
import { measureBuild, type BuildCost } from './build.ts';
import { measureInstall, type InstallSize } from './install.ts';
import { loadLighthouse, measureLighthouse, type LighthouseScore } from './lighthouse.ts';
import { makePlainSite } from './plain.ts';
import { clearStarlightSite, installStarlight, makeStarlightSite } from './starlight.ts';
import { pageScripts } from '../tests/support/page-scripts.ts';
import { largestPage, siteSize, weighPage, type PageWeight } from './output.ts';
import { measureSearch, type SearchCost } from './search.ts';
import { renderReport } from './report.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true },
    quick: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    mdx: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
  },
});
const sizes = values.quick ? [50] : (values.n ?? ['100', '1000']).map(Number);
// Loaded before anything is built, so a missing package is said at once, not after an hour.
const lighthouseModules = values.lighthouse ? await loadLighthouse() : undefined;
const starlight = values.starlight ? installStarlight() : undefined;

/** Results for one corpus size. */
export interface CorpusResult {
  n: number;
  /** Whether issues without a widget were Markdown (.md) rather than MDX. */
  markdown: boolean;
  clean: BuildCost;
  warm: BuildCost;
  /** A clean build with share cards and the search index off: Astro's own floor. */
  floor: BuildCost;
  /** A plain Astro site of the same issues (bench/plain.ts), clean then warm. */
  plain: { clean: BuildCost; warm: BuildCost };
  /** Starlight with its Pagefind search, the same issues as docs pages (--starlight). */
  starlight?: { clean: BuildCost; warm: BuildCost };
  site: { pages: number; bytes: number; files: number };
  /** The heaviest HTML page, gzip: no page may grow without bound. */
  largest: { path: string; gzip: number };
  pages: PageWeight[];
  search: SearchCost[];
}

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['archive', '/issues/'],
  ['archive year', '/issues/year/2020/'],
  ['topic', '/topics/negotiation/'],
  ['plain issue', '/issues/1/'],
  ['issue with call widget', '/issues/3/'],
  ['issue with builder', '/issues/7/'],
  ['tool: take the call', '/tools/take-the-call/'],
  ['tool: counteroffer', '/tools/counteroffer/'],
  ['search', '/search/'],
];

const SEARCH_CASES = [
  { name: 'common word', q: 'recruiter' },
  { name: 'rare word', q: 'zygomorphic' },
  { name: 'two words', q: 'sign-on bonus' },
  { name: 'topic filter', q: 'recruiter', topic: 'negotiation' },
  { name: 'no match', q: 'xylophonist' },
];

async function benchCorpus(n: number): Promise<CorpusResult> {
  console.log(`\n— ${n} issues —`);
  const dir = makeTempSite(`bench-${n}`);
  try {
    const issues = join(dir, 'content/issues');
    const options = {
      count: n,
      seed: 2026,
      plant: [Math.ceil(n / 2), 'zygomorphic'] as [number, string],
      markdownWithoutWidgets: !values.mdx,
    };
    const corpus = generateCorpus(options);
    for (const file of corpus) {
      writeFileSync(join(issues, file.name), file.content);
    }
    const cacheDir = join(dir, 'node_modules/.cache/newsletter-og');
    const env = { SHARE_CARD_CACHE_DIR: cacheDir };
    console.log('clean build…');
    const clean = measureBuild(dir, env);
    console.log(`  ${clean.wallSeconds} s wall, ${clean.cpuSeconds} s CPU, ${clean.peakMemoryMb} MB`);
    console.log('warm build…');
    const warm = measureBuild(dir, env);
    console.log(`  ${warm.wallSeconds} s wall`);
    const dist = join(dir, 'dist');
    const pages = PAGE_TYPES.map(([type, path]) => weighPage(dist, type, path));
    const site = siteSize(dist);
    const largest = largestPage(dist);
    const server = await serveStatic(dist);
    console.log('search…');
    const search = await measureSearch(server.url, SEARCH_CASES).finally(() => server.close());
    console.log('floor build (no share cards, no search index)…');
    for (const cache of [
      'dist',
      '.astro',
      'node_modules/.astro',
      'node_modules/.vite',
      'node_modules/.cache',
    ])
      rmSync(join(dir, cache), { recursive: true, force: true });
    const floor = measureBuild(dir, { ...env, SHARE_CARDS: 'off', SEARCH_INDEX: 'off' });
    console.log(`  ${floor.wallSeconds} s wall`);
    const plain = measureReference('plain Astro site', makePlainSite(options));
    const reference =
      starlight && measureReference('Starlight', makeStarlightSite(starlight, options), clearStarlightSite);
    return {
      n,
      markdown: !values.mdx,
      clean,
      warm,
      floor,
      plain,
      ...(reference ? { starlight: reference } : {}),
      site,
      largest,
      pages,
      search,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A reference site of the same issues, built clean and then warm, then removed. */
function measureReference(
  name: string,
  dir: string,
  remove = (site: string) => rmSync(site, { recursive: true, force: true }),
): CorpusResult['plain'] {
  try {
    console.log(`${name}, same issues: clean build…`);
    const clean = measureBuild(dir);
    console.log(`  ${clean.wallSeconds} s wall; warm build…`);
    const warm = measureBuild(dir);
    console.log(`  ${warm.wallSeconds} s wall`);
    return { clean, warm };
  } finally {
    remove(dir);
  }
}

/** Issue #57's JS, the search UI's own code, and Lighthouse: measured on the real site. */
async function benchRealSite(): Promise<{
  issue57JsGzip: number;
  searchUi: { ownGzip: number; totalGzip: number };
  lighthouse: LighthouseScore[];
}> {
  const dir = makeTempSite('bench-site');
  try {
    cpSync(join(root, 'content/issues'), join(dir, 'content/issues'), { recursive: true });
    measureBuild(dir);
    const dist = join(dir, 'dist');
    const issue57JsGzip = weighPage(dist, 'issue #57', '/issues/57/').js.gzip;
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = /data-module="([^"]+)"/.exec(home)?.[1] ?? '';
    const chunks = pageScripts(dist, `<script src="${entry}"></script>`);
    const gz = (url: string) => gzipSync(readFileSync(join(dist, url)), { level: 9 }).length;
    const totalGzip = chunks.reduce((sum, url) => sum + gz(url), 0);
    // Preact's runtime is shared with the widgets; "own code" is what search adds on top.
    const ownGzip = chunks
      .filter((url) => !/\/(preact|hooks|signals)\.module\./.test(url))
      .reduce((sum, url) => sum + gz(url), 0);
    let lighthouse: LighthouseScore[] = [];
    if (lighthouseModules) {
      console.log('\nLighthouse…');
      const server = await serveStatic(dist);
      lighthouse = await measureLighthouse(lighthouseModules, server.url, [
        '/',
        '/issues/57/',
        '/tools/take-the-call/',
        '/tools/counteroffer/',
        '/search/',
      ]).finally(() => server.close());
    }
    return { issue57JsGzip, searchUi: { ownGzip, totalGzip }, lighthouse };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The one-minute load average before and after: on a shared machine, the figures' context.
const loadAtStart = loadavg()[0] ?? 0;
const corpora: CorpusResult[] = [];
for (const n of sizes) corpora.push(await benchCorpus(n));
const site = await benchRealSite();
let install: InstallSize | undefined;
if (!values.quick) {
  console.log('\ninstall size (npm ci, then npm ci --omit=dev)…');
  install = measureInstall();
  console.log(`  ${install.all} MB, ${install.production} MB without dev dependencies`);
}
/** The commit measured, or "unknown" where there is no Git (a release tarball). */
function currentCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return 'unknown';
  }
}
const commit = currentCommit();
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  load: [loadAtStart, loadavg()[0] ?? 0].map((load) => Math.round(load * 10) / 10),
};
const results = {
  date: new Date().toISOString(),
  commit,
  machine,
  quick: values.quick,
  corpora,
  site,
  ...(install ? { install } : {}),
};
const report = renderReport(results);
console.log(`\n${report}`);
if (!values.quick) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'bench/RESULTS.md'), report);
  console.log('Wrote bench/results.json and bench/RESULTS.md');
}
