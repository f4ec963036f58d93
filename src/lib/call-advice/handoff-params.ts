// What the builder needs of the hand-off link while it hydrates: whether there is one. Apart from
// handoff.ts, which names every parameter and reads them, so the builder loads that code only
// once it has a link to read.

/** What the builder's query parameters (the hand-off's) start with, so they never clash with another widget's. */
export const QUERY_PREFIX = 'co-';

/** The goal's parameter in a link made before the prefix; handoff.ts names the others. */
export const LEGACY_GOAL_PARAM = 'goal';

/** The goal's parameter, with the builder's prefix. */
export const GOAL_PARAM = `${QUERY_PREFIX}${LEGACY_GOAL_PARAM}`;

/**
 * Whether the query hands the builder a goal: `co-goal`, or in a link made before the prefix, a bare
 * `goal` (which the call widget never uses for its own answers).
 */
export function hasHandoff(params: URLSearchParams): boolean {
  return params.has(GOAL_PARAM) || params.has(LEGACY_GOAL_PARAM);
}
