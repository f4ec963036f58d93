// Which font files a share card needs: Inter first, then fallbacks from npm for the scripts a
// title may use (Chinese, Arabic, emoji). Fontsource splits each family into subsets by Unicode
// range (its unicode.json); a card loads only the subsets its text touches, so a Latin title
// costs nothing more and a Chinese one loads a few small files, not the whole family.

/** One family of the chain: its npm package, the weights loaded, and each file's name. */
export interface FontSource {
  family: string;
  /** The Fontsource package the files and unicode.json come from. */
  packageName: string;
  weights: readonly number[];
  /** Subsets loaded for every card (Inter's Latin), whatever the text. */
  always: readonly string[];
  /** The WOFF file (satori reads WOFF, not WOFF2) of a subset ("latin", "[4]") at a weight. */
  file: (subset: string, weight: number) => string;
}

const fileSubset = (subset: string) => subset.replace(/^\[(\d+)\]$/, '$1');

/**
 * The chain, in the order satori tries it for each character. The site writes in English
 * (`site.lang`), so Latin comes first; Arabic, emoji and Chinese are the other scripts English
 * titles quote (names, places, a 🎉), each from a Noto family. Chinese comes last: its subsets
 * also list some Latin and Arabic code points, which the families before it draw better.
 */
export const FONT_CHAIN: readonly FontSource[] = [
  {
    family: 'Inter',
    packageName: '@fontsource/inter',
    weights: [400, 700, 800],
    always: ['latin', 'latin-ext'],
    file: (subset, weight) => `@fontsource/inter/files/inter-${fileSubset(subset)}-${weight}-normal.woff`,
  },
  {
    family: 'Noto Sans Arabic',
    packageName: '@fontsource/noto-sans-arabic',
    weights: [400, 700],
    always: [],
    file: (subset, weight) =>
      `@fontsource/noto-sans-arabic/files/noto-sans-arabic-${fileSubset(subset)}-${weight}-normal.woff`,
  },
  {
    family: 'Noto Emoji',
    packageName: '@fontsource/noto-emoji',
    weights: [400, 700],
    always: [],
    file: (subset, weight) =>
      `@fontsource/noto-emoji/files/noto-emoji-${fileSubset(subset)}-${weight}-normal.woff`,
  },
  {
    family: 'Noto Sans SC',
    packageName: '@fontsource/noto-sans-sc',
    weights: [400, 700],
    always: [],
    file: (subset, weight) =>
      `@fontsource/noto-sans-sc/files/noto-sans-sc-${fileSubset(subset)}-${weight}-normal.woff`,
  },
];

/** A code point range, both ends included. */
export type Range = readonly [number, number];

/** Reads a CSS unicode-range ("U+0460-052F,U+20B4") into ranges; "U+4??" wildcards included. */
export function parseUnicodeRange(text: string): Range[] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): Range => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });
}

// Characters that draw nothing: spaces, joiners and emoji variation selectors need no glyph.
const INVISIBLE = /^(?:\s|\u200b|\u200c|\u200d|\u2060|\ufe0e|\ufe0f)$/u;

/** The distinct visible characters of a text, as code points. */
export function visibleCodePoints(text: string): number[] {
  const points = new Set<number>();
  for (const char of text) if (!INVISIBLE.test(char)) points.add(char.codePointAt(0) ?? 0);
  return [...points];
}

const inRanges = (point: number, ranges: readonly Range[]) =>
  ranges.some(([from, to]) => point >= from && point <= to);

/**
 * For each family of the chain, the subsets the text needs: a character goes to the first family
 * that covers it, so a fallback is loaded only for what Inter lacks. `coverage[i]` is family i's
 * unicode.json, its ranges parsed. Also returns the characters no family covers.
 */
export function plan(
  text: string,
  coverage: readonly Readonly<Record<string, readonly Range[]>>[],
): { subsets: string[][]; missing: string[] } {
  const subsets = coverage.map(() => new Set<string>());
  const missing: string[] = [];
  for (const point of visibleCodePoints(text)) {
    let found = false;
    for (const [index, family] of coverage.entries()) {
      const subset = Object.entries(family).find(([, ranges]) => inRanges(point, ranges))?.[0];
      if (subset !== undefined) {
        subsets[index]?.add(subset);
        found = true;
        break;
      }
    }
    if (!found) missing.push(String.fromCodePoint(point));
  }
  return { subsets: subsets.map((set) => [...set].sort()), missing };
}

/** What the build says when a card still lacks glyphs: which card, which characters (with their code points). */
export function missingGlyphsWarning(card: string, title: string, missing: readonly string[]): string {
  const list = missing
    .map((char) => `${char} (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  return `Share card for ${card} ("${title}"): no font covers ${list}; they show as boxes. Rephrase the title, or add a font for them to FONT_CHAIN in src/lib/share-card/fonts.ts.`;
}
