// Issue numbers: the one the title says ("Issue #12", "#12", "No. 12"), else the platform's
// own, else the next in date order from --start. A post already imported keeps its number.
import { dateValue } from './dates.ts';

/** Title prefixes or suffixes that carry the number, in the order they are tried. */
const PATTERNS: RegExp[] = [
  /^\s*(?:issue|edition|newsletter)\s*(?:#|no\.?|number)?\s*(\d{1,5})\b\s*[:.\-–—|]?\s*/i,
  /^\s*(?:#|no\.?\s*)(\d{1,5})\b\s*[:.\-–—|]?\s*/i,
  /\s*[([]?\s*(?:[-–—|:]\s*)?(?:issue\s*)?(?:#|no\.?\s*)(\d{1,5})\s*[)\]]?\s*$/i,
  /\b(?:issue|no\.)\s*#?\s*(\d{1,5})\b/i,
];

/** The number a title carries, and the title without it ("Issue #12: Ask" → 12, "Ask"). */
export function numberFromTitle(title: string): { number: number; title: string } | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(title);
    if (!match) continue;
    const number = Number(match[1]);
    if (!Number.isInteger(number) || number < 1) continue;
    const rest = (title.slice(0, match.index) + title.slice(match.index + match[0].length))
      .replace(/\s{2,}/g, ' ')
      .trim();
    // Strip only a prefix or suffix; a number mid-title stays in the words.
    const atEdge = match.index === 0 || match.index + match[0].length === title.length;
    return {
      number,
      title:
        atEdge && rest && /[\p{L}\p{N}]/u.test(rest)
          ? rest.replace(/^[:.\-–—|]\s*|\s*[:.\-–—|]$/g, '')
          : title.trim(),
    };
  }
  return undefined;
}

/** What numbering needs to know of a post. */
export interface Numberable {
  /** A number the post already has (its title's, the platform's, a previous import's). */
  number?: number | undefined;
  /** Its normalised date, if any. */
  date?: string | undefined;
}

/**
 * A number for every post: its own when it has one; the rest in date order (undated last,
 * then in export order) from `start`, skipping numbers already claimed.
 */
export function assignNumbers(
  posts: readonly Numberable[],
  start: number,
  taken: ReadonlySet<number> = new Set(),
): number[] {
  const claimed = new Set([
    ...taken,
    ...posts.map((p) => p.number).filter((n): n is number => n !== undefined),
  ]);
  const numbers = posts.map((p) => p.number ?? 0);
  const waiting = posts
    .map((post, index) => ({ post, index }))
    .filter(({ post }) => post.number === undefined)
    .sort((a, b) => {
      const da = a.post.date ? dateValue(a.post.date) : Infinity;
      const db = b.post.date ? dateValue(b.post.date) : Infinity;
      return da - db || a.index - b.index;
    });
  let next = start;
  for (const { index } of waiting) {
    while (claimed.has(next)) next += 1;
    numbers[index] = next;
    claimed.add(next);
  }
  return numbers;
}
