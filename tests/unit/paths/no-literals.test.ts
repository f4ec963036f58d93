// Every site path is written once, in src/lib/paths/: this scans the rest of src/ for a path
// literal ('/tools/…', `/issues/${n}/`, "/rss.xml", …) that should have come from there.
// Comments and doc examples may name paths, so they are stripped before the scan.
//
// Tests under tests/e2e keep their literal public URLs ON PURPOSE and are not scanned: they pin
// the public contract (what readers bookmarked, what feed readers and search engines know), so a
// wrong change to src/lib/paths/ fails them instead of quietly moving every link with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const OWNER = 'src/lib/paths/';
const SCANNED = /\.(?:ts|tsx|astro|mjs|js)$/;

// A site path at the start of a literal or attribute: not "content/issues/" or "islands/search/".
const PATH_LITERAL =
  /(?<![\w.$-])\/(?:tools|issues|topics|tips|og|search|about)(?=[/'"`?#]|$)|\/rss\.xml|\/feed\.json|\/tips-filter\.css/gm;

/** The code of a source file without its comments (block, JSX, HTML and line comments). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[\s;,)}])\/\/.*$/gm, '$1');
}

/** Each path literal in a file's code, as "line: text". */
function pathLiterals(source: string): string[] {
  const code = withoutComments(source);
  return [...code.matchAll(PATH_LITERAL)].map((match) => {
    const line = code.slice(0, match.index).split('\n').length;
    return `${line}: ${code.split('\n')[line - 1]?.trim() ?? ''}`;
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SCANNED.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith(OWNER))
    .sort();
}

describe('the path scanner', () => {
  it.each([
    ["href('/tools/counteroffer/')", 1],
    ['const a = `/issues/${n}/`;', 1],
    ['<a href="/topics/">Topics</a>', 1],
    ["absoluteUrl('/rss.xml', site); absoluteUrl('/feed.json', site)", 2],
    ["fetch('/search/topics.json')", 1],
    ["const og = '/og/57.png';", 1],
    ["href('/about/')", 1],
    ["href('/tips-filter.css')", 1],
    ['// a comment about /issues/57/', 0],
    ['/** The archive page of one year ("/issues/year/2025/"). */', 0],
    ['{/* One card per tip, on /tips/ */}', 0],
    ['<!-- /tools/ in HTML -->', 0],
    ["const entry = 'src/islands/search/open-search.tsx';", 0],
    ['const file = `content/issues/${id}.mdx`;', 0],
    ["new URL('https://example.com/issues/')", 0],
    ["href(TOOLS_PATH) // was '/tools/'", 0],
  ])('%s → %i', (source, count) => {
    expect(pathLiterals(source)).toHaveLength(count);
  });
});

describe('site paths are written only in src/lib/paths/', () => {
  const files = sourceFiles(SRC);

  it('scans the whole of src/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('src/pages/tools/counteroffer.astro');
  });

  it('no other file writes a site path (import it from src/lib/paths/site-paths.ts)', () => {
    const found = files
      .map((file) => [file, pathLiterals(readFileSync(join(ROOT, file), 'utf8'))] as const)
      .filter(([, literals]) => literals.length > 0);
    expect(Object.fromEntries(found)).toEqual({});
  });
});
