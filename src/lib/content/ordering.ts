import { publicationDay } from './publication-date.ts';

/** The fields ordering needs; pages pass whole issues, tests pass plain objects. */
export interface Dated {
  number: number;
  date: Date;
}

/** Newest first: by date, then by number so two issues on one day keep a stable order. */
export function newestFirst<T extends Dated>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => b.date.getTime() - a.date.getTime() || b.number - a.number);
}

/**
 * Groups issues by the year of the author's day (`dateOffset`, minutes east of UTC; default 0),
 * newest year first, issues newest first: a New Year's Eve issue sent at 21:00 in New York
 * stays in its year.
 */
export function groupByYear<T extends Dated & { dateOffset?: number }>(
  issues: readonly T[],
): { year: number; issues: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const issue of newestFirst(issues)) {
    const year = Number(publicationDay(issue.date, issue.dateOffset ?? 0).slice(0, 4));
    const group = groups.get(year);
    if (group) group.push(issue);
    else groups.set(year, [issue]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, issues: list }));
}

/** The issues before and after this one by number; either is undefined where there is none. */
export function neighbours<T extends Dated>(
  issues: readonly T[],
  number: number,
): { previous: T | undefined; next: T | undefined } {
  const byNumber = [...issues].sort((a, b) => a.number - b.number);
  const index = byNumber.findIndex((issue) => issue.number === number);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: byNumber[index - 1], next: byNumber[index + 1] };
}
