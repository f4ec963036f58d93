import { QUERY_PREFIX } from '../call-advice/handoff-params.ts';

export { QUERY_PREFIX };

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';
