import { oneLine } from '../offer/format.ts';
import { DEFAULT_LADDER, TEXT_LIMITS } from './state.ts';

// "The Senior level", "senior" and "Senior." are one level; "Mid level" and "mid-level" too.
function normalise(level: string): string {
  return oneLine(level)
    .toLowerCase()
    .replace(/[.,;:!]+$/u, '')
    .replace(/[\s_-]+/gu, ' ')
    .replace(/^the /u, '')
    .replace(/ level$/u, '');
}

/** The ladder as typed, one rung a line, cut at once to what a save keeps, so a reload never shows less. */
export function ladderFromText(text: string): string[] {
  return text
    .split('\n')
    .slice(0, TEXT_LIMITS.ladder)
    .map((level) => Array.from(level).slice(0, TEXT_LIMITS.level).join(''));
}

/** The reader’s ladder, lowest first, without blanks or repeats; the default one when unset or empty. */
export function ladderOf(ladder: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const levels = (ladder ?? []).map(oneLine).filter((level) => {
    const key = normalise(level);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return levels.length > 0 ? levels : [...DEFAULT_LADDER];
}

/** A level’s rung (0 = lowest, null when off the ladder): by name, or by one rung’s name as a word ("Senior Engineer"). */
export function levelRank(level: string, ladder: readonly string[]): number | null {
  const key = normalise(level);
  if (key === '') return null;
  const rungs = ladderOf(ladder).map(normalise);
  const exact = rungs.indexOf(key);
  if (exact !== -1) return exact;
  const padded = ` ${key} `;
  const within = rungs.flatMap((rung, rank) => (padded.includes(` ${rung} `) ? [rank] : []));
  return within.length === 1 ? (within[0] ?? null) : null;
}

/** Whether two levels are the same words (so a counter repeating theirs asks for nothing). */
export function sameLevel(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
