// Apart from link.ts so the call widget can name the builder's parameters without pulling in
// link.ts, whose top-level work the bundler keeps as a side effect in the widget's first load.

/** What the builder's own query parameters start with, so they never clash with another widget's. */
export const QUERY_PREFIX = 'co-';
