// Lists that grow with every issue are split so no page grows without bound: the archive by
// year, a topic in pages of a fixed size. Pure, so the limits are tested without a build.

/** How many issues a topic page lists before the next page starts. */
export const TOPIC_PAGE_SIZE = 50;

/** How many of the latest issues the archive's front page lists before the years take over. */
export const ARCHIVE_FRONT_SIZE = 50;

/** One page of a longer list: its items, its number (from 1) and how many pages there are. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
}

/** Splits a list into pages of `size`; an empty list is one empty page, so its route exists. */
export function splitPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds at least one item, not ${size}.`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pages,
  }));
}

/**
 * How many of the newest tips /tips/ lists; when there are more, every topic's tips are also
 * on pages of their own, so /tips/ stays the same size however many issues there are.
 */
export const TIPS_ON_FRONT = 50;

/** How many tips a topic's tip page lists before the next page starts. */
export const TIP_PAGE_SIZE = 50;
