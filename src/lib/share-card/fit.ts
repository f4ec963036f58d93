// Fitting a title into the share card: the largest font size at which it wraps into the lines
// available, measured with Inter ExtraBold's own advance widths so no line overflows.

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
 * Advance widths of Inter, in thousandths of an em, one per character of {@link CHARS}, read
 * from @fontsource/inter's Latin WOFF files (regular 400 and extra bold 800).
 */
const ADVANCES = {
  regular:
    '281 288 466 633 642 982 644 300 365 365 501 662 288 460 288 360 631 407 610 618 646 593 620 566 619 620 288 302 662 662 662 511 966 690 654 730 722 601 590 746 743 269 571 672 565 903 753 765 639 765 644 642 646 744 690 985 682 679 629 365 360 365 471 456 323 562 612 571 612 583 370 613 591 242 242 549 242 876 591 600 612 612 376 528 327 591 562 818 546 562 552 426 333 426 662 500 1000 261 261 440 440 864',
  extrabold:
    '219 358 586 655 660 1029 683 354 382 382 583 686 353 471 353 400 692 441 638 657 688 634 662 588 664 662 353 360 686 686 686 579 1036 770 665 744 723 610 585 752 749 286 590 738 565 943 766 773 652 782 662 660 677 727 770 1059 761 752 679 382 400 382 493 484 382 588 638 595 638 601 410 639 635 283 283 593 283 927 635 619 638 638 420 573 382 635 615 863 594 618 581 486 388 486 686 500 1000 331 331 581 569 1058',
} as const;

/** The weights the card uses. */
export type CardWeight = keyof typeof ADVANCES;

const WIDTHS: Record<CardWeight, ReadonlyMap<string, number>> = {
  regular: widthTable(ADVANCES.regular),
  extrabold: widthTable(ADVANCES.extrabold),
};

function widthTable(advances: string): ReadonlyMap<string, number> {
  const values = advances.split(' ').map((value) => Number(value) / 1000);
  return new Map([...CHARS].map((char, index) => [char, values[index] ?? WIDE]));
}

/** The width of a line of text at a font size and weight, in pixels. */
export function textWidth(text: string, fontSize: number, weight: CardWeight = 'extrabold'): number {
  const table = WIDTHS[weight];
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
  /** The weight the text is set in. Default: extra bold. */
  weight?: CardWeight;
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
  weight: CardWeight = 'extrabold',
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // The word alone may still be too wide: break it into pieces that fit.
    let rest = word;
    while (textWidth(rest, fontSize, weight) > maxWidth) {
      const piece = longestPrefix(rest, fontSize, maxWidth, weight);
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
  const { sizes, maxWidth, maxLines, weight = 'extrabold' } = options;
  if (sizes.length === 0) throw new Error('fitText needs at least one font size to try.');
  if (maxLines < 1) throw new Error(`fitText needs maxLines ≥ 1; got ${maxLines}.`);
  for (const fontSize of sizes) {
    const lines = wrapText(text, fontSize, maxWidth, weight);
    if (lines.length <= maxLines) return { fontSize, lines, truncated: false };
  }
  const fontSize = Math.min(...sizes);
  const lines = wrapText(text, fontSize, maxWidth, weight).slice(0, maxLines);
  const last = lines.pop() ?? '';
  lines.push(withEllipsis(last, fontSize, maxWidth, weight));
  return { fontSize, lines, truncated: true };
}

/** The longest prefix of `text` (at least one character) no wider than `maxWidth`. */
function longestPrefix(text: string, fontSize: number, maxWidth: number, weight: CardWeight): string {
  const chars = [...text];
  let end = 1;
  while (end < chars.length && textWidth(chars.slice(0, end + 1).join(''), fontSize, weight) <= maxWidth)
    end += 1;
  return chars.slice(0, end).join('');
}

/** The line with "…" appended, dropping characters (and a trailing space) until it fits. */
function withEllipsis(line: string, fontSize: number, maxWidth: number, weight: CardWeight): string {
  const chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, fontSize, weight) > maxWidth)
    chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}
