// The parts of the builder's URLs it needs before anything is read, apart from the codec.

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/** Query parameters a link from "Should I take the call?" sets; the builder reads them once. */
export const QUERY_PARAMS = ['goal', 'reason', 'other'] as const;

/** The builder's own page, where every share link points (prefix the site's base path). */
export const TOOL_PATH = '/tools/counteroffer/';
