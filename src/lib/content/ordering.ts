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

// Every issue page asks for its neighbours in the same list: it is sorted once, not once a
// page, which made the pages' cost grow with the square of the issues.
const byNumber = new WeakMap<readonly Dated[], { sorted: Dated[]; at: Map<number, number> }>();

/** The issues before and after this one by number; either is undefined where there is none. */
export function neighbours<T extends Dated>(
  issues: readonly T[],
  number: number,
): { previous: T | undefined; next: T | undefined } {
  let order = byNumber.get(issues);
  if (!order) {
    const sorted = [...issues].sort((a, b) => a.number - b.number);
    // The first of an issue number, as findIndex found it.
    const at = new Map<number, number>();
    sorted.forEach((issue, index) => {
      if (!at.has(issue.number)) at.set(issue.number, index);
    });
    order = { sorted, at };
    byNumber.set(issues, order);
  }
  const index = order.at.get(number);
  if (index === undefined) return { previous: undefined, next: undefined };
  return { previous: order.sorted[index - 1] as T | undefined, next: order.sorted[index + 1] as T | undefined };
}
