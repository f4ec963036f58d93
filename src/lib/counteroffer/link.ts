// The parts of the builder's URLs it needs before anything is read, apart from the codec.
import { QUERY_PREFIX } from './query-prefix.ts';

export { QUERY_PREFIX };

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/** The builder's own page, where every share link points (prefix the site's base path). */
export const TOOL_PATH = '/tools/counteroffer/';

/** The builder's own query parameters, each with its prefix (`co-goal`, …). */
export const HANDOFF_PARAMS = ['goal', 'reason', 'other', 'status'].map((name) => `${QUERY_PREFIX}${name}`);

/**
 * Whether the query hands the builder a goal: `co-goal`, or in a link made before the prefix, a bare
 * `goal` (which the call widget never uses for its own answers).
 */
export function hasHandoff(params: URLSearchParams): boolean {
  return params.has(`${QUERY_PREFIX}goal`) || params.has('goal');
}

/**
 * The parameters to drop from the address once read, so a reload doesn't apply them again over the
 * reader's changes: the prefixed ones, and the bare `goal` of an old link. Its bare `reason` and
 * `other` go too, unless a `status` says they are the call widget's own answers (it always writes
 * `status` first), which stay for that widget.
 */
export function handoffParamsToRemove(params: URLSearchParams): string[] {
  const old = params.has('goal') && !params.has('status') ? ['goal', 'reason', 'other'] : ['goal'];
  return [...HANDOFF_PARAMS, ...old].filter((name) => params.has(name));
}
