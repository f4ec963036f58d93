// Fitting a title into the share card: the largest font size at which it wraps into the lines
// available, measured with the card's faces' own advance widths so no line overflows.

/** The characters whose advance widths are listed below, in order. */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…';

/**
 * The width assumed for a character missing from the table: wider than any listed letter, so
 * text the table does not know ends a line early, never late.
 */
const WIDE = 1.06;
const ELLIPSIS = '…';

/**
 * Advance widths, in thousandths of an em, one per character of {@link CHARS}, read from the
 * Latin WOFF files of the card's faces: Source Sans 3 SemiBold (600: the title) and Source
 * Serif 4 Regular (400: the default card's promise).
 */
const ADVANCES = {
  'sans-semibold':
    '200 315 482 513 513 841 639 275 324 324 438 513 275 322 275 344 513 513 513 513 513 513 513 513 513 513 275 275 513 513 513 444 875 558 597 576 625 538 510 628 663 282 494 597 502 745 657 674 582 674 592 545 546 655 536 800 541 501 540 324 344 324 513 500 549 516 563 462 564 507 317 520 558 262 263 522 271 843 560 549 564 564 373 431 361 556 495 748 481 495 443 324 255 324 513 480 800 275 275 482 482 964',
  'serif-regular':
    '237 289 381 525 518 932 728 182 362 362 458 534 302 320 302 341 529 529 529 529 529 529 529 529 529 529 302 302 534 534 534 414 834 712 653 662 739 638 612 723 814 376 381 710 618 935 768 738 621 738 690 544 632 758 709 1005 672 667 586 335 341 335 534 514 400 541 619 520 614 533 369 557 641 329 303 594 329 955 643 579 622 601 456 465 359 628 579 836 569 586 490 359 290 359 534 514 814 225 225 440 440 826',
} as const;

/** The faces the card sets fitted text in. */
export type CardFace = keyof typeof ADVANCES;

const WIDTHS: Record<CardFace, ReadonlyMap<string, number>> = {
  'sans-semibold': widthTable(ADVANCES['sans-semibold']),
  'serif-regular': widthTable(ADVANCES['serif-regular']),
};

function widthTable(advances: string): ReadonlyMap<string, number> {
  const values = advances.split(' ').map((value) => Number(value) / 1000);
  return new Map([...CHARS].map((char, index) => [char, values[index] ?? WIDE]));
}

/** The width of a line of text at a font size in a face, in pixels. */
export function textWidth(text: string, fontSize: number, face: CardFace = 'sans-semibold'): number {
  const table = WIDTHS[face];
  let em = 0;
  for (const char of text) em += table.get(char) ?? WIDE;
  return em * fontSize;
}

/** How a title may be set: the sizes to try, largest first, and the box it must fit. */
export interface FitOptions {
  /** Font sizes in pixels to try, largest first. */
  sizes: readonly number[];
  /** The widest a line may be, in pixels. */
  maxWidth: number;
  /** The most lines the text may take. */
  maxLines: number;
  /** The face the text is set in. Default: the title's. */
  face?: CardFace;
}

/** A title set for the card. */
export interface FittedText {
  /** The font size chosen, in pixels. */
  fontSize: number;
  /** The lines, in order; joined by spaces they give the text (unless truncated). */
  lines: string[];
  /** True when even the smallest size needed more lines, so the last line ends with "…". */
  truncated: boolean;
}

/**
 * Wraps text into lines no wider than `maxWidth` at `fontSize`, breaking at spaces; a word too
 * long for a line on its own is broken between characters.
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  face: CardFace = 'sans-semibold',
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, face) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // The word alone may still be too wide: break it into pieces that fit.
    let rest = word;
    while (textWidth(rest, fontSize, face) > maxWidth) {
      const piece = longestPrefix(rest, fontSize, maxWidth, face);
      lines.push(piece);
      rest = rest.slice(piece.length);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest of `sizes` at which the text wraps into at most `maxLines` lines. When none does,
 * the smallest size is used and the text is cut to `maxLines` lines, the last ending in "…".
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { sizes, maxWidth, maxLines, face = 'sans-semibold' } = options;
  if (sizes.length === 0) throw new Error('fitText needs at least one font size to try.');
  if (maxLines < 1) throw new Error(`fitText needs maxLines ≥ 1; got ${maxLines}.`);
  for (const fontSize of sizes) {
    const lines = wrapText(text, fontSize, maxWidth, face);
    if (lines.length <= maxLines) return { fontSize, lines, truncated: false };
  }
  const fontSize = Math.min(...sizes);
  const lines = wrapText(text, fontSize, maxWidth, face).slice(0, maxLines);
  const last = lines.pop() ?? '';
  lines.push(withEllipsis(last, fontSize, maxWidth, face));
  return { fontSize, lines, truncated: true };
}

/** The longest prefix of `text` (at least one character) no wider than `maxWidth`. */
function longestPrefix(text: string, fontSize: number, maxWidth: number, face: CardFace): string {
  const chars = [...text];
  let end = 1;
  while (end < chars.length && textWidth(chars.slice(0, end + 1).join(''), fontSize, face) <= maxWidth)
    end += 1;
  return chars.slice(0, end).join('');
}

/** The line with "…" appended, dropping characters (and a trailing space) until it fits. */
function withEllipsis(line: string, fontSize: number, maxWidth: number, face: CardFace): string {
  const chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, fontSize, face) > maxWidth)
    chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}
