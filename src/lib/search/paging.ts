// How many results the search panel shows, step by step: a first screen, the rest of a page as
// the reader nears it, then a page more each time they ask. Each result shown costs one download
// of its page's data (about 1.5 KB), so results nobody scrolls to are never fetched.

/** Results in a page: the most shown before the reader asks for more. */
export const RESULTS_PAGE = 10;

/** Results shown first, before the reader scrolls: a screenful on a tall desktop or any phone. */
export const FIRST_SCREEN = 4;

/** How many results to show once the reader nears the end of the list: the whole first page; later pages wait to be asked for. */
export function nearEnd(shown: number): number {
  return Math.max(shown, RESULTS_PAGE);
}

/** How many results to show when the reader asks for more: the rest of the first page, else a page more. */
export function morePages(shown: number): number {
  return shown < RESULTS_PAGE ? RESULTS_PAGE : shown + RESULTS_PAGE;
}
