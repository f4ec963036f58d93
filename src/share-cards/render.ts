// Share-card PNGs, drawn at build time in the site's own faces with Noto fallbacks for other
// scripts (all local, no network; see src/lib/share-card/fonts.ts): satori lays the text out,
// resvg rasterises it, draw.ts sets it into a backdrop drawn once. Each PNG is cached on disk
// under a key made of everything that shapes it, so a warm rebuild copies files instead of drawing.
import { readFileSync } from 'node:fs';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shareCardKey } from '../lib/share-card/cache-key.ts';
import { shareCardLayers, shareCardTree, type ShareCardContent } from '../lib/share-card/card.ts';
import {
  FALLBACKS,
  SANS,
  SERIF,
  missingGlyphsWarning,
  parseUnicodeRange,
  plan,
  type FontSource,
  type Range,
} from '../lib/share-card/fonts.ts';
import { recordShareCard } from './build-tally.ts';
import { drawCard, type CardFont } from './draw.ts';
import { sharedPool, type FontFile } from './pool.ts';
import { placeCard } from './placement.ts';

const require = createRequire(import.meta.url);

/** Where rendered cards are kept between builds; SHARE_CARD_CACHE_DIR overrides it. */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'newsletter-og');

/** A font file's full path: a package's file from node_modules, a project's file from the project root. */
const fontPath = (file: string) => (file.startsWith('@') ? require.resolve(file) : join(process.cwd(), file));

interface LoadedFonts {
  fonts: CardFont[];
  /** File names, sizes and renderer versions: part of every cache key. */
  fingerprint: string[];
  /** Characters of the card that no font in the chain covers. */
  missing: string[];
  /** The same fonts by file, for a worker thread, which reads and keeps each file itself. */
  files: FontFile[];
}

// Each family's unicode.json, its ranges parsed: read once per build.
const coverage = new Map<FontSource, Record<string, Range[]>>(
  [SANS, SERIF, ...FALLBACKS].map((source) => {
    const json = JSON.parse(readFileSync(fontPath(`${source.folder}/unicode.json`), 'utf8')) as Record<
      string,
      string
    >;
    return [
      source,
      Object.fromEntries(Object.entries(json).map(([subset, ranges]) => [subset, parseUnicodeRange(ranges)])),
    ];
  }),
);
const versions = ['satori/package.json', '@resvg/resvg-js/package.json'].map((path) => {
  const { name, version } = require(path) as { name: string; version: string };
  return `${name}@${version}`;
});
const files = new Map<string, Promise<Buffer>>();
const readFont = (file: string) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFile(fontPath(file))));
  return data;
};

/**
 * The fonts a card needs: the sans face's Latin always, the serif face for a promise, other
 * subsets and fallbacks only for characters that need them.
 */
export async function loadCardFonts(content: ShareCardContent): Promise<LoadedFonts> {
  const sansText = [content.siteName, content.label, content.title, content.host].join(' ');
  const wanted = new Map<FontSource, Set<string>>();
  const missing = new Set<string>();
  for (const [face, text] of [
    [SANS, sansText],
    [SERIF, content.subtitle ?? ''],
  ] as const) {
    const chain = [face, ...FALLBACKS];
    const planned = plan(
      text,
      chain.map((source) => coverage.get(source) ?? {}),
    );
    chain.forEach((source, index) => {
      const subsets = [...(index === 0 && text ? face.always : []), ...(planned.subsets[index] ?? [])];
      if (subsets.length > 0) wanted.set(source, new Set([...(wanted.get(source) ?? []), ...subsets]));
    });
    for (const char of planned.missing) missing.add(char);
  }
  // satori keeps one font per name and weight, so each subset but a family's first gets a name
  // of its own; satori then tries every font in turn for a character the card's face lacks.
  const chosen = [SANS, SERIF, ...FALLBACKS].flatMap((source) =>
    [...(wanted.get(source) ?? [])].sort().flatMap((subset, nth) =>
      source.weights.map((weight) => ({
        name: nth === 0 ? source.family : `${source.family} ${subset}`,
        weight,
        file: source.file(subset, weight),
      })),
    ),
  );
  const loaded = await Promise.all(
    chosen.map(async (font) => ({ ...font, data: await readFont(font.file) })),
  );
  return {
    fonts: loaded.map(({ name, weight, data }) => ({ name, data, weight, style: 'normal' as const })),
    fingerprint: [...versions, ...loaded.map(({ file, data }) => `${file}:${data.byteLength}`)],
    missing: [...missing],
    files: loaded.map(({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      file: fontPath(file),
    })),
  };
}

/** A 1×1 transparent PNG, standing in for every card when cards are switched off. */
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

/** A rendered card, and whether it came from the cache. */
export interface RenderedCard {
  /** The PNG's bytes. */
  png: Uint8Array<ArrayBuffer>;
  /** The cache file with the same bytes; none when cards are switched off. */
  file?: string;
  /** True when read from the cache rather than rendered. */
  cached: boolean;
  /** Milliseconds spent, reading or rendering. */
  ms: number;
}

/** Tells the author which card lacks glyphs and which characters; the card is drawn anyway, so the build goes on. */
function warnMissing(content: ShareCardContent, missing: readonly string[]): void {
  if (missing.length > 0)
    console.warn(missingGlyphsWarning(content.label ?? 'the default card', content.title, missing));
}

/** Draws a card, without the cache: the same content gives the same bytes. */
export async function renderShareCard(content: ShareCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, missing } = await loadCardFonts(content);
  warnMissing(content, missing);
  return drawCard(shareCardLayers(content), fonts);
}

/** A card as drawn: a cached card's bytes stay in their file until someone needs them. */
type DrawnCard = Pick<RenderedCard, 'cached' | 'ms'> &
  ({ png: Uint8Array<ArrayBuffer>; file?: string } | { png?: undefined; file: string });

/**
 * Starts drawing every issue's card as soon as the issues are known, and leaves each to be
 * copied into the build when it is done (placement.ts). Astro lists every route's paths
 * before it renders any page, so the worker threads draw while the main thread renders pages.
 */
export function placeShareCards(
  cards: readonly { path: string; content: ShareCardContent }[],
  cacheDir: string = process.env['SHARE_CARD_CACHE_DIR'] ?? DEFAULT_CACHE_DIR,
): void {
  // A drawn card waits in its cache file, not in memory: held until the build's end, every
  // card's bytes at once came to about 40 KB an issue.
  for (const { path, content } of cards)
    placeCard(
      path,
      drawShareCard(content, cacheDir).then(({ file, png }) => (file ? { file } : { png })),
    );
}

/**
 * The card's PNG, from the cache when an identical card was rendered before (same element
 * tree, template version, fonts and renderer versions), else rendered and stored.
 */
export async function shareCardPng(
  content: ShareCardContent,
  cacheDir: string = process.env['SHARE_CARD_CACHE_DIR'] ?? DEFAULT_CACHE_DIR,
): Promise<RenderedCard> {
  const card = await drawShareCard(content, cacheDir, true);
  return card.png ? { ...card, png: card.png } : { ...card, png: new Uint8Array(await readFile(card.file)) };
}

/** The cache, else a worker thread, else this thread; `pageWaits` for a card a page is waiting for. */
async function drawShareCard(
  content: ShareCardContent,
  cacheDir: string,
  pageWaits = false,
): Promise<DrawnCard> {
  // SHARE_CARDS=off writes a blank pixel instead: the benchmark measures Astro's own floor.
  if (process.env['SHARE_CARDS'] === 'off') return { png: BLANK_PNG.slice(), cached: false, ms: 0 };
  const started = performance.now();
  const { fonts, fingerprint, missing, files: fontFiles } = await loadCardFonts(content);
  const file = join(cacheDir, `${shareCardKey(shareCardTree(content), fingerprint)}.png`);
  // A cached card warns too: the characters are still missing from it.
  warnMissing(content, missing);
  try {
    await access(file);
    recordShareCard(true, 0);
    return { file, cached: true, ms: performance.now() - started };
  } catch {
    // Not cached yet: render below.
  }
  // Only the render itself is tallied (in a worker, the worker's own time): pages render
  // concurrently, so time spent waiting for the cache, the disk or a free worker would be
  // counted several times over.
  const pool = sharedPool();
  let png: Uint8Array<ArrayBuffer>;
  let renderMs: number;
  let cpuMs: number;
  if (pool) {
    ({
      png,
      ms: renderMs,
      cpuMs,
    } = await pool.render({ layers: shareCardLayers(content), fonts: fontFiles }, pageWaits));
  } else {
    // On this thread the CPU clock would also count the pages drawn meanwhile: wall time only.
    const renderStarted = performance.now();
    png = await drawCard(shareCardLayers(content), fonts);
    renderMs = performance.now() - renderStarted;
    cpuMs = renderMs;
  }
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a parallel build never reads a half-written file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  recordShareCard(false, renderMs, cpuMs);
  return { png, file, cached: false, ms: performance.now() - started };
}
