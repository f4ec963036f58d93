// Where a build's memory lives, phase by phase (docs/benchmarks.md, "Where the memory goes").
// Preloaded into Astro's CLI in a site folder:
//   MEMORY_PROBE_OUT=memory.txt node --import ./bench/memory-probe.ts node_modules/astro/bin/astro.mjs build
// A phase is named by Astro's last log line; for each, the sample with the highest RSS is kept
// with V8's heap at that moment. Samples run between tasks, so a long synchronous stretch can
// peak unseen: the process's own maxRSS is written too.
import { writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

interface Sample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const out = process.env['MEMORY_PROBE_OUT'] ?? 'memory-probe.txt';
const highest = new Map<string, Sample>();
let phase = 'start';

function sample(): void {
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  const kept = highest.get(phase);
  if (!kept || rss > kept.rss) highest.set(phase, { rss, heapUsed, heapTotal, external, arrayBuffers });
}

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
  // Astro's log lines name the phase; the per-page lines (`├─ /issues/1/index.html (+3ms)`),
  // written in pieces, do not.
  for (const line of String(chunk).split('\n')) {
    const text = stripVTControlCharacters(line).trim();
    if (text && !/[├└│]|^\(\+\d+ms\)$/.test(text)) phase = text.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 80);
  }
  sample();
  return write(chunk, ...rest);
}) as typeof process.stdout.write;

setInterval(sample, 50).unref();

process.on('exit', () => {
  sample();
  const mb = (bytes: number) => String(Math.round(bytes / 2 ** 20)).padStart(6);
  const rows = [...highest].map(
    ([name, s]) =>
      `${mb(s.rss)} ${mb(s.heapUsed)} ${mb(s.heapTotal)} ${mb(s.external)} ${mb(s.arrayBuffers)}  ${name}`,
  );
  const header = '   rss   heap  total    ext  array  (MB, highest RSS of each phase)';
  const maxRss = `maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
  writeFileSync(out, [header, ...rows, maxRss, ''].join('\n'));
});
