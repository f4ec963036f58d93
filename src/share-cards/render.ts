// Share-card PNGs, rendered at build time: satori lays the card out as SVG with Inter and, for
// characters Inter lacks, Noto fallbacks (all from npm, no network; see FONT_CHAIN), resvg
// rasterises it. Each PNG is cached on disk under a key
// made of everything that shapes it, so a warm rebuild copies files instead of rendering.
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { shareCardKey } from '../lib/share-card/cache-key.ts';
import { shareCardTree, type CardElement, type ShareCardContent } from '../lib/share-card/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/share-card/image.ts';
import { FONT_CHAIN, missingGlyphsWarning, parseUnicodeRange, plan } from '../lib/share-card/fonts.ts';
import { recordShareCard } from './build-tally.ts';
import { CARD_ENCODER, encodeCardPng } from './encode.mjs';
import { sharedPool, type FontFile } from './pool.ts';
import { placeCard } from './placement.ts';

const require = createRequire(import.meta.url);

/** Where rendered cards are kept between builds; SHARE_CARD_CACHE_DIR overrides it. */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'newsletter-og');

interface LoadedFonts {
  fonts: SatoriOptions['fonts'];
  /** File names, sizes and renderer versions: part of every cache key. */
  fingerprint: string[];
  /** Characters of the card that no font in the chain covers. */
  missing: string[];
  /** The same fonts by file, for a worker thread, which reads and keeps each file itself. */
  files: FontFile[];
}

// Each family's unicode.json, its ranges parsed: read once per build.
const coverage = FONT_CHAIN.map((source) => {
  const json = require(`${source.packageName}/unicode.json`) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(json).map(([subset, ranges]) => [subset, parseUnicodeRange(ranges)]),
  );
});
const versions = ['satori/package.json', '@resvg/resvg-js/package.json'].map((path) => {
  const { name, version } = require(path) as { name: string; version: string };
  return `${name}@${version}`;
});
versions.push(CARD_ENCODER);
const files = new Map<string, Promise<Buffer>>();
const readFont = (file: string) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFile(require.resolve(file))));
  return data;
};

/** The fonts a card needs: Inter's Latin always, other subsets and fallbacks only for characters that need them. */
async function loadFonts(content: ShareCardContent): Promise<LoadedFonts> {
  const text = [content.siteName, content.label, content.title, content.subtitle, content.host].join(' ');
  const { subsets, missing } = plan(text, coverage);
  // satori keeps one font per name and weight, so each subset but a family's first gets a name of
  // its own; satori then tries every font in turn for a character the card's own (Inter) lacks.
  const wanted = FONT_CHAIN.flatMap((source, index) =>
    [...new Set([...source.always, ...(subsets[index] ?? [])])].flatMap((subset, nth) =>
      source.weights.map((weight) => ({
        name: nth === 0 ? source.family : `${source.family} ${subset}`,
        weight,
        file: source.file(subset, weight),
      })),
    ),
  );
  const loaded = await Promise.all(
    wanted.map(async (font) => ({ ...font, data: await readFont(font.file) })),
  );
  return {
    fonts: loaded.map(({ name, weight, data }) => ({
      name,
      data,
      weight: weight as 400 | 700 | 800,
      style: 'normal' as const,
    })),
    fingerprint: [...versions, ...loaded.map(({ file, data }) => `${file}:${data.byteLength}`)],
    missing,
    files: loaded.map(({ name, weight, file }) => ({ name, weight, style: 'normal' as const, file })),
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

/** resvg's settings: the card's own width, and no system fonts (the same bytes everywhere). */
const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: CARD_WIDTH },
  font: { loadSystemFonts: false },
} as const;

/** Tells the author which card lacks glyphs and which characters; the card is drawn anyway, so the build goes on. */
function warnMissing(content: ShareCardContent, missing: readonly string[]): void {
  if (missing.length > 0)
    console.warn(missingGlyphsWarning(content.label ?? 'the default card', content.title, missing));
}

/** Lays out and rasterises a card, without the cache: the same content gives the same bytes. */
export async function renderShareCard(
  content: ShareCardContent,
  tree: CardElement = shareCardTree(content),
): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, missing } = await loadFonts(content);
  warnMissing(content, missing);
  // satori's types expect React elements; our tree is the same plain-object shape.
  const element = tree as unknown as Parameters<typeof satori>[0];
  const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return encodeCardPng(new Resvg(svg, RESVG_OPTIONS).render());
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
  for (const { path, content } of cards) placeCard(path, drawShareCard(content, cacheDir));
}

/**
 * The card's PNG, from the cache when an identical card was rendered before (same element
 * tree, template version, fonts and renderer versions), else rendered and stored.
 */
export async function shareCardPng(
  content: ShareCardContent,
  cacheDir: string = process.env['SHARE_CARD_CACHE_DIR'] ?? DEFAULT_CACHE_DIR,
): Promise<RenderedCard> {
  const card = await drawShareCard(content, cacheDir);
  return card.png ? { ...card, png: card.png } : { ...card, png: new Uint8Array(await readFile(card.file)) };
}

/** The cache, else a worker thread, else this thread. */
async function drawShareCard(content: ShareCardContent, cacheDir: string): Promise<DrawnCard> {
  // SHARE_CARDS=off writes a blank pixel instead: the benchmark measures Astro's own floor.
  if (process.env['SHARE_CARDS'] === 'off') return { png: BLANK_PNG.slice(), cached: false, ms: 0 };
  const started = performance.now();
  const { fingerprint, missing, files: fontFiles } = await loadFonts(content);
  // Laid out once: the same tree names the cached file and is what a worker draws.
  const tree = shareCardTree(content);
  const file = join(cacheDir, `${shareCardKey(tree, fingerprint)}.png`);
  try {
    await access(file);
    // A cached card warns too: the characters are still missing from it.
    warnMissing(content, missing);
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
  if (pool) {
    ({ png, ms: renderMs } = await pool.render({
      tree,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      resvg: RESVG_OPTIONS,
      fonts: fontFiles,
    }));
  } else {
    const renderStarted = performance.now();
    png = await renderShareCard(content, tree);
    renderMs = performance.now() - renderStarted;
  }
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a parallel build never reads a half-written file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  recordShareCard(false, renderMs);
  return { png, file, cached: false, ms: performance.now() - started };
}
