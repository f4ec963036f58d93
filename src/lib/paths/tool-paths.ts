// The tools' own pages, which the widgets link to (see site-paths.ts for why apart). Written out
// whole rather than built on TOOLS_PATH: the widgets load fewer bytes that way.

/** The tools index. */
export const TOOLS_PATH = '/tools/';

/** "Should I take the call?" on a page of its own. */
export const TAKE_THE_CALL_PATH = '/tools/take-the-call/';

/** The counteroffer builder on a page of its own: where its share links point. */
export const COUNTEROFFER_PATH = '/tools/counteroffer/';
