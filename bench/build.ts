import { spawnSync } from 'node:child_process';

/** What one `astro build` cost. */
export interface BuildCost {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMb: number;
  pages: number;
  searchMs: number;
  shareCardMs: number | null;
  /** The drawing threads' CPU time for the cards: what load on the machine does not inflate. */
  shareCardCpuMs: number | null;
  shareCardsRendered: number | null;
  shareCardsCached: number | null;
  /** How long after the pages the cards were all drawn and copied into the build, and Pagefind's close when slow. */
  afterPagesMs: { cards: number | null; pagefindClose: number | null };
  msPerPage: number;
}

/**
 * Runs `astro build` in a site folder under GNU time, which reports the CPU time and peak
 * memory of the whole process tree; the integrations' own log lines give the phase times.
 */
export function measureBuild(dir: string, env: Record<string, string> = {}): BuildCost {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, encoding: 'utf8' },
  );
  const wall = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    const errors = output.split('\n').filter((line) => /error|fail/i.test(line));
    throw new Error(
      `The build failed in ${dir}:\n${errors.join('\n').slice(0, 4000) || output.slice(-4000)}`,
    );
  }
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(output);
  const search = /Indexed (\d+) pages \((\d+) words\) in (\d+) ms/.exec(output);
  const cards = /Share cards: (\d+) rendered, (\d+) from cache, in (\d+) ms \((\d+|NaN) ms of CPU\)/.exec(
    output,
  );
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  const placing = /copied into the build (\d+) ms after the pages/.exec(output);
  const closing = /Pagefind took (\d+) ms to close/.exec(output);
  return {
    wallSeconds: round(time ? Number(time[1]) : wall),
    cpuSeconds: round(time ? Number(time[2]) + Number(time[3]) : NaN),
    peakMemoryMb: round(time ? Number(time[4]) / 1024 : NaN),
    pages,
    searchMs: Number(search?.[3] ?? NaN),
    shareCardMs: cards ? Number(cards[3]) : null,
    shareCardCpuMs: cards ? Number(cards[4]) : null,
    shareCardsRendered: cards ? Number(cards[1]) : null,
    shareCardsCached: cards ? Number(cards[2]) : null,
    afterPagesMs: {
      cards: placing ? Number(placing[1]) : null,
      pagefindClose: closing ? Number(closing[1]) : null,
    },
    msPerPage: round(((time ? Number(time[1]) : wall) * 1000) / Math.max(pages, 1)),
  };
}

/** Two decimals are plenty for figures this noisy. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
