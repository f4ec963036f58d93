// The issue the call advice comes from. Apart from values.ts, which the widget loads to hydrate:
// only the result (loaded once the reader has answered) and the server link to this issue.
import { issuePath } from '../paths/site-paths.ts';

/** The issue the advice comes from: its "why" passages (CALL_HEADINGS) quote it word for word. */
export const CALL_ADVICE_ISSUE = 57;

/** Path of the issue the advice comes from; callers prefix the site base. */
// Marked pure: otherwise the bundler runs this module, and loads it, with the widget's hydration.
export const CALL_ADVICE_ISSUE_PATH = /* @__PURE__ */ issuePath(CALL_ADVICE_ISSUE);
