// Which font files a share card needs: the site's own faces first (Source Sans 3 for the name,
// label, title and host; Source Serif 4 for the default card's promise, as the site sets
// subtitles), then fallbacks for the scripts a title may quote (Arabic, emoji, Chinese).
// Fontsource splits each family into subsets by Unicode range (its unicode.json); a card loads
// only the subsets its text touches, so a Latin title costs nothing more and a Chinese one loads
// a few small files, not the whole family.

/** One family: where its files and unicode.json are, the weights loaded, and each file's name. */
export interface FontSource {
  family: string;
  /**
   * The folder holding unicode.json: a Fontsource package ("@fontsource/source-sans-3"), or a
   * folder of the project ("src/share-cards/fonts/noto-sans-sc") holding just the files cards use.
   */
  folder: string;
  /** The weights the card uses: regular text and the semibold of its name, label and title. */
  weights: readonly (400 | 600)[];
  /** Subsets loaded for every card that uses the family, whatever the text. */
  always: readonly string[];
  /** The font file of a subset ("latin", "[4]") at a weight, as `folder` names it. */
  file: (subset: string, weight: 400 | 600) => string;
}

const fileSubset = (subset: string) => subset.replace(/^\[(\d+)\]$/, '$1');

/** The UI face: the newsletter's name, the label, the title and the host. */
export const SANS: FontSource = {
  family: 'Source Sans 3',
  folder: '@fontsource/source-sans-3',
  weights: [400, 600],
  always: ['latin'],
  // satori reads WOFF and WOFF2; WOFF is the cheaper to open, and the package has both.
  file: (subset, weight) =>
    `@fontsource/source-sans-3/files/source-sans-3-${fileSubset(subset)}-${weight}-normal.woff`,
};

/** The reading face: the default card's promise, under the name. */
export const SERIF: FontSource = {
  family: 'Source Serif 4',
  folder: '@fontsource/source-serif-4',
  weights: [400],
  always: [],
  file: (subset, weight) =>
    `@fontsource/source-serif-4/files/source-serif-4-${fileSubset(subset)}-${weight}-normal.woff`,
};

/** A fallback kept in the project (src/share-cards/fonts/): one weight, WOFF2, its licence beside it. */
function vendored(family: string, slug: string): FontSource {
  const folder = `src/share-cards/fonts/${slug}`;
  return {
    family,
    folder,
    // One weight, the title's: a fallback glyph in a subtitle is drawn a little bolder.
    weights: [600],
    always: [],
    file: (subset, weight) => `${folder}/${slug}-${fileSubset(subset)}-${weight}-normal.woff2`,
  };
}

/**
 * The fallbacks, in the order satori tries them for a character the card's face lacks. Chinese
 * comes last: its subsets also list some Latin and Arabic code points, which the families
 * before it draw better.
 */
export const FALLBACKS: readonly FontSource[] = [
  vendored('Noto Sans Arabic', 'noto-sans-arabic'),
  vendored('Noto Emoji', 'noto-emoji'),
  vendored('Noto Sans SC', 'noto-sans-sc'),
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
 * For each family of a chain (a face, then the fallbacks), the subsets the text needs: a
 * character goes to the first family that covers it, so a fallback is loaded only for what the
 * face lacks. `coverage[i]` is family i's unicode.json, its ranges parsed. Also returns the
 * characters no family covers.
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
  return `Share card for ${card} ("${title}"): no font covers ${list}; they show as boxes. Rephrase the title, or add a font for them to FALLBACKS in src/lib/share-card/fonts.ts.`;
}
