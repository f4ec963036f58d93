import type { BuildCost } from './build.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { PageWeight } from './output.ts';
import type { SearchCost } from './search.ts';

interface Results {
  date: string;
  commit: string;
  machine: { cpus: number; cpu: string; memoryGb: number; node: string };
  quick: boolean | undefined;
  corpora: {
    n: number;
    markdown?: boolean;
    clean: BuildCost;
    warm: BuildCost;
    floor?: BuildCost;
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

/** The benchmark's figures as Markdown, each target next to what was measured. */
export function renderReport(results: Results): string {
  const out: string[] = [
    '# Benchmark results',
    '',
    `${results.date.slice(0, 16).replace('T', ' ')} UTC · commit ${results.commit} · ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB · Node ${results.machine.node}`,
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
        ],
        builds.map(([name, b]) => [
          name,
          b.wallSeconds,
          b.cpuSeconds,
          b.peakMemoryMb,
          b.pages,
          b.msPerPage,
          `${b.searchMs} (${(b.searchMs / 10 / b.wallSeconds || 0).toFixed(1)}%)`,
          b.shareCardMs === null ? null : `${b.shareCardMs} (${b.shareCardsRendered}/${b.shareCardsCached})`,
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
  if (big) {
    rows.push([
      'clean build, 1,000 issues',
      '≤ 30 s',
      `${big.clean.wallSeconds} s`,
      mark(big.clean.wallSeconds <= 30),
    ]);
    rows.push([
      'warm rebuild, 1,000 issues',
      '≤ 15 s',
      `${big.warm.wallSeconds} s`,
      mark(big.warm.wallSeconds <= 15),
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
    rows.push([
      'ms per page at 10,000 vs 1,000',
      'no more',
      `${huge.clean.msPerPage} vs ${big.clean.msPerPage}`,
      mark(huge.clean.msPerPage <= big.clean.msPerPage),
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
  out.push(table(['target', 'goal', 'measured', ''], rows), '');
  return out.join('\n');
}
