/**
 * What browsing offers at the catalogue's size. A filter, a year list or a topic page is worth
 * showing only when it changes what the reader sees: a young newsletter is not dressed up as an
 * archive, and each appears on its own as the issues grow. The navigation stays the same.
 */

/** Whether a part of the catalogue (a topic's issues, a topic's tips) is some of the whole, not all of it. */
export function narrows(count: number, total: number): boolean {
  return count > 0 && count < total;
}

/** The topics worth a page of their own: those on some issues but not on every one. */
export function topicsWithPages<T extends { count: number }>(topics: readonly T[], total: number): T[] {
  return topics.filter((topic) => narrows(topic.count, total));
}

/**
 * Whether the archive needs pages per year: once the issues span two years, or are more than
 * the archive's front page lists. Until then /issues/ shows every issue, and a year page would repeat it.
 */
export function yearPagesNeeded(years: number, issues: number, frontSize: number): boolean {
  return years > 1 || issues > frontSize;
}
