import type { BuildCost } from './build.ts';
import type { InstallSize } from './install.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { PageWeight } from './output.ts';
import type { SearchCost } from './search.ts';

interface Results {
  date: string;
  commit: string;
  machine: { cpus: number; cpu: string; memoryGb: number; node: string; load?: number[] };
  quick: boolean | undefined;
  corpora: {
    n: number;
    markdown?: boolean;
    clean: BuildCost;
    warm: BuildCost;
    floor?: BuildCost;
    plain?: { clean: BuildCost; warm: BuildCost };
    starlight?: { clean: BuildCost; warm: BuildCost };
    site: { pages: number; bytes: number };
    largest?: { path: string; gzip: number };
    pages: PageWeight[];
    search: SearchCost[];
  }[];
  site: {
    issue57JsGzip: number;
    searchUi: { ownGzip: number; totalGzip: number };
    lighthouse: LighthouseScore[];
  };
  install?: InstallSize;
}

/** `value` as a multiple of `reference`, "2.31×". */
const times = (value: number, reference: number | undefined) =>
  reference ? `${(value / reference).toFixed(2)}×` : '–';

/** Milliseconds of CPU a page. */
const cpuMsPerPage = (build: BuildCost) => round2((build.cpuSeconds * 1000) / Math.max(build.pages, 1));

/** A share card's drawing time and CPU time, in milliseconds, when the build drew any. */
function msPerCard(build: BuildCost): { ms: number; cpuMs: number } | undefined {
  const drawn = build.shareCardsRendered;
  if (!drawn) return undefined;
  return {
    ms: round2((build.shareCardMs ?? 0) / drawn),
    cpuMs: round2((build.shareCardCpuMs ?? NaN) / drawn),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const round2 = (value: number) => Math.round(value * 100) / 100;
const mark = (ok: boolean) => (ok ? '✓' : '✗ missed');
const table = (head: string[], rows: (string | number | null)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map((cell) => cell ?? '–').join(' | ')} |`),
  ].join('\n');

/**
 * Each build against the references measured in the same run: the site's own floor (no cards,
 * no index) and a plain Astro site of the same issues. Ratios travel between machines where
 * seconds do not.
 */
function ratioTable(corpus: Results['corpora'][number]): string[] {
  const { floor, plain } = corpus;
  if (!floor || !plain) return [];
  const rows: [string, BuildCost, BuildCost][] = [
    ['clean', corpus.clean, plain.clean],
    ['warm', corpus.warm, plain.warm],
    ['floor', floor, plain.clean],
  ];
  const card = msPerCard(corpus.clean);
  return [
    table(
      [
        'build',
        'wall × floor',
        'wall × plain Astro',
        'CPU × floor',
        'CPU × plain Astro',
        'peak memory × plain Astro',
        'CPU ms a page',
      ],
      [
        ...rows.map(([name, build, reference]) => [
          name,
          times(build.wallSeconds, floor.wallSeconds),
          times(build.wallSeconds, reference.wallSeconds),
          times(build.cpuSeconds, floor.cpuSeconds),
          times(build.cpuSeconds, reference.cpuSeconds),
          times(build.peakMemoryMb, reference.peakMemoryMb),
          cpuMsPerPage(build),
        ]),
        [
          'plain Astro: clean / warm',
          `${plain.clean.wallSeconds} / ${plain.warm.wallSeconds} s`,
          '1×',
          `${plain.clean.cpuSeconds} / ${plain.warm.cpuSeconds} s CPU`,
          '1×',
          `${plain.clean.peakMemoryMb} MB`,
          `${cpuMsPerPage(plain.clean)} (${plain.clean.pages} pages)`,
        ],
      ],
    ),
    '',
    ...(card === undefined
      ? []
      : [
          `Share cards: ${card.ms} ms a card, ${card.cpuMs} ms of it CPU (${corpus.clean.shareCardsRendered} drawn in the clean build).`,
          '',
        ]),
  ];
}

/** Our clean and warm builds beside Starlight's of the same issues, when it was measured. */
function starlightTable(corpus: Results['corpora'][number]): string[] {
  const { starlight } = corpus;
  if (!starlight) return [];
  const rows: [string, BuildCost, BuildCost][] = [
    ['clean', corpus.clean, starlight.clean],
    ['warm', corpus.warm, starlight.warm],
  ];
  return [
    table(
      [
        'build, ours / Starlight',
        'wall s',
        'wall × Starlight',
        'CPU s',
        'CPU × Starlight',
        'peak MB',
        'peak × Starlight',
      ],
      rows.map(([name, ours, theirs]) => [
        name,
        `${ours.wallSeconds} / ${theirs.wallSeconds}`,
        times(ours.wallSeconds, theirs.wallSeconds),
        `${ours.cpuSeconds} / ${theirs.cpuSeconds}`,
        times(ours.cpuSeconds, theirs.cpuSeconds),
        `${ours.peakMemoryMb} / ${theirs.peakMemoryMb}`,
        times(ours.peakMemoryMb, theirs.peakMemoryMb),
      ]),
    ),
    '',
    `Starlight: ${starlight.clean.pages} pages, with its own Pagefind search, built from the same issues in the same run.`,
    '',
  ];
}

/** The benchmark's figures as Markdown, each target next to what was measured. */
export function renderReport(results: Results): string {
  const out: string[] = [
    '# Benchmark results',
    '',
    `${results.date.slice(0, 16).replace('T', ' ')} UTC · commit ${results.commit} · ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB · Node ${results.machine.node}` +
      (results.machine.load ? ` · load average ${results.machine.load.join(' → ')}` : ''),
    '',
  ];
  for (const corpus of results.corpora) {
    const { clean, warm, floor } = corpus;
    const builds: [string, BuildCost][] = [
      ['clean', clean],
      ['warm', warm],
    ];
    if (floor) builds.push(['floor: clean, no cards, no index', floor]);
    const format = corpus.markdown ? ', issues without a widget in Markdown (.md)' : ', all MDX';
    out.push(`## ${corpus.n} issues${format}`, '');
    out.push(
      table(
        [
          'build',
          'wall s',
          'CPU s',
          'peak MB',
          'pages',
          'ms/page',
          'search index ms',
          'share-card render ms (rendered/cached)',
          'cards finished and copied, ms after the pages',
        ],
        builds.map(([name, b]) => [
          name,
          b.wallSeconds,
          b.cpuSeconds,
          b.peakMemoryMb,
          b.pages,
          b.msPerPage,
          Number.isFinite(b.searchMs)
            ? `${b.searchMs} (${(b.searchMs / 10 / b.wallSeconds).toFixed(1)}%)`
            : null,
          b.shareCardMs === null ? null : `${b.shareCardMs} (${b.shareCardsRendered}/${b.shareCardsCached})`,
          b.afterPagesMs?.pagefindClose
            ? `${b.afterPagesMs.cards} (Pagefind's close: ${b.afterPagesMs.pagefindClose})`
            : (b.afterPagesMs?.cards ?? null),
        ]),
      ),
      '',
      `Output: ${corpus.site.pages} pages, ${kb(corpus.site.bytes)} in dist/.${
        corpus.largest ? ` Heaviest HTML page: ${corpus.largest.path}, ${kb(corpus.largest.gzip)} gzip.` : ''
      }`,
      '',
      ...(floor
        ? [
            `Split of the clean build: Astro's floor ${floor.wallSeconds} s (content, bundling, pages), ` +
              `share cards and search index ${round2(clean.wallSeconds - floor.wallSeconds)} s on top.`,
            '',
          ]
        : []),
      ...ratioTable(corpus),
      ...starlightTable(corpus),
      table(
        ['page type', 'path', 'HTML raw/gzip', 'CSS raw/gzip', 'JS raw/gzip'],
        corpus.pages.map((p) => [
          p.type,
          p.path,
          `${kb(p.html.raw)} / ${kb(p.html.gzip)}`,
          `${kb(p.css.raw)} / ${kb(p.css.gzip)}`,
          `${kb(p.js.raw)} / ${kb(p.js.gzip)}`,
        ]),
      ),
      '',
      table(
        ['search', 'query', 'results shown', 'KB to first results', 'median ms, last key → results'],
        corpus.search.map((s) => [s.name, `“${s.q}”`, s.results, s.kbToFirstResults, s.medianMsFromLastKey]),
      ),
      '',
    );
  }
  const lh = results.site.lighthouse;
  if (lh.length > 0) {
    out.push('## Lighthouse (mobile preset, real site)', '');
    out.push(
      table(
        ['page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'KB'],
        lh.map((s) => [
          s.path,
          s.performance,
          s.accessibility,
          s.bestPractices,
          s.seo,
          s.lcpMs,
          s.tbtMs,
          s.cls,
          s.kb,
        ]),
      ),
      '',
    );
  }
  out.push('## Targets', '');
  const rows: (string | number)[][] = [];
  for (const corpus of results.corpora) {
    const noWidget = corpus.pages.filter((p) => ['home', 'archive', 'plain issue'].includes(p.type));
    const js = noWidget.reduce((sum, p) => sum + p.js.raw, 0);
    rows.push([`external JS on pages without widgets (${corpus.n})`, '0 B', `${js} B`, mark(js === 0)]);
  }
  rows.push([
    'issue #57 with its widgets, JS gzip',
    '≤ 25 KB',
    kb(results.site.issue57JsGzip),
    mark(results.site.issue57JsGzip <= 25 * 1024),
  ]);
  rows.push([
    'our search UI code on top of Pagefind, gzip',
    '≤ 6 KB',
    `${kb(results.site.searchUi.ownGzip)} (${kb(results.site.searchUi.totalGzip)} with Preact)`,
    mark(results.site.searchUi.ownGzip <= 6 * 1024),
  ]);
  if (lh.length > 0) {
    const all100 = lh.every(
      (s) => s.performance === 100 && s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100,
    );
    const worst = Math.min(...lh.flatMap((s) => [s.performance, s.accessibility, s.bestPractices, s.seo]));
    rows.push(['Lighthouse, all four categories, every page', '100', `lowest ${worst}`, mark(all100)]);
    const cls = Math.max(...lh.map((s) => s.cls));
    rows.push(['Cumulative layout shift', '0', String(cls), mark(cls === 0)]);
  }
  const big = results.corpora.find((c) => c.n === 1000);
  // The card and memory targets as #28's closing note renegotiates them: the drawing thread's
  // CPU, not its waits for a core, at the size the issue measured; the peak against a plain
  // Astro site of the same issues built in the same run (docs/benchmarks.md, "Targets").
  const card = big && msPerCard(big.clean);
  if (card)
    rows.push([
      'share card, 1000 issues',
      '≤ 12 ms of CPU',
      `${card.cpuMs} ms CPU (${card.ms} ms of the thread’s time)`,
      mark(card.cpuMs <= 12),
    ]);
  for (const corpus of results.corpora) {
    if (!corpus.plain) continue;
    const peak = Math.max(corpus.clean.peakMemoryMb, corpus.warm.peakMemoryMb);
    const plain = Math.max(corpus.plain.clean.peakMemoryMb, corpus.plain.warm.peakMemoryMb);
    rows.push([
      `peak memory, ${corpus.n} issues`,
      '≤ 2× plain Astro’s',
      `${peak} MB, ${times(peak, plain)} plain Astro’s ${plain} MB`,
      mark(peak <= 2 * plain),
    ]);
  }
  for (const corpus of results.corpora) {
    if (!corpus.largest) continue;
    rows.push([
      `heaviest HTML page, ${corpus.n} issues`,
      '≤ 100 KB gzip',
      `${kb(corpus.largest.gzip)} (${corpus.largest.path})`,
      mark(corpus.largest.gzip <= 100 * 1024),
    ]);
  }
  const huge = results.corpora.find((c) => c.n === 10000);
  if (big && huge) {
    const ratio = huge.warm.wallSeconds / big.warm.wallSeconds;
    rows.push(['warm build, 10,000 vs 1,000 issues', '≤ 11×', `${ratio.toFixed(2)}×`, mark(ratio <= 11)]);
    const perPage = cpuMsPerPage(huge.warm) / cpuMsPerPage(big.warm);
    rows.push([
      'CPU a page, warm, 10,000 vs 1,000 issues',
      '≤ 1.2×',
      `${cpuMsPerPage(huge.warm)} vs ${cpuMsPerPage(big.warm)} ms (${perPage.toFixed(2)}×)`,
      mark(perPage <= 1.2),
    ]);
  }
  const small = results.corpora.find((c) => c.n === 100);
  if (big && small) {
    rows.push([
      'ms per page at 1,000 vs 100',
      'no more',
      `${big.clean.msPerPage} vs ${small.clean.msPerPage}`,
      mark(big.clean.msPerPage <= small.clean.msPerPage),
    ]);
  }
  const { install } = results;
  if (install) {
    const withoutHost = install.all - install.hostServer;
    rows.push([
      '`npm ci`, without the host’s local server',
      '≤ 450 MB',
      `${withoutHost} MB (${install.all} MB with it)`,
      mark(withoutHost <= 450),
    ]);
    rows.push([
      '`npm ci --omit=dev`',
      '≤ 270 MB',
      `${install.production} MB`,
      mark(install.production <= 270),
    ]);
  }
  out.push(table(['target', 'goal', 'measured', ''], rows), '');
  return out.join('\n');
}
