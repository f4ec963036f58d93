// The parts of the builder's URLs it needs before anything is read, apart from the codec.
import { QUERY_PREFIX } from './query-prefix.ts';

export { QUERY_PREFIX };

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/**
 * Whether the query hands the builder a goal: `co-goal`, or in a link made before the prefix, a bare
 * `goal` (which the call widget never uses for its own answers).
 */
export function hasHandoff(params: URLSearchParams): boolean {
  return params.has(`${QUERY_PREFIX}goal`) || params.has('goal');
}
