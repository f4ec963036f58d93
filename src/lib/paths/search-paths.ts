// What the search island fetches and submits to (see site-paths.ts for why apart).

/** The search page, which works without JavaScript. */
export const SEARCH_PATH = '/search/';

/** The topic names the search filters offer, as JSON. */
export const SEARCH_TOPICS_PATH = `${SEARCH_PATH}topics.json`;

/** Pagefind's script, written by the search integration after the build. */
export const PAGEFIND_SCRIPT_PATH = '/pagefind/pagefind.js';
