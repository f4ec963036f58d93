// What the builder needs of the hand-off link while it hydrates: whether there is one. Apart from
// handoff.ts, which names every parameter and reads them, so the builder loads that code only
// once it has a link to read.

/** What the builder's query parameters (the hand-off's) start with, so they never clash with another widget's. */
export const QUERY_PREFIX = 'co-';

/** The goal's parameter. */
export const GOAL_PARAM = `${QUERY_PREFIX}goal`;

/** Whether the query hands the builder a goal (`co-goal`). */
export function hasHandoff(params: URLSearchParams): boolean {
  return params.has(GOAL_PARAM);
}
