import type { CounterofferState, DecodeResult } from '../../lib/counteroffer';
import { decodeState } from '../../lib/counteroffer/codec';
import { initialFromQuery } from '../../lib/counteroffer/query';
import { mapAmounts, tidyAmount } from './money-text';

/** The builder's first state, and what to tell the reader about where it came from ("" for nothing). */
export type Restored = { state: CounterofferState; notice: string };

/** What the page knows at load: the URL's fragment and query, and the saved state (null when none). */
export type RestoreInput = { hash: string; search: string; saved: string | null; locale: string };

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

function decoded(result: DecodeResult): CounterofferState | null {
  return result.ok ? result.state : null;
}

/**
 * The state to start from: a share link's first (its amounts reformatted for this reader), then the
 * saved state, then `start`. A link from "Should I take the call?" (`?goal=…&reason=…`) then sets
 * the message kind and leading priority. Never throws: a damaged link or save is reported and skipped.
 */
export function restoreState(start: CounterofferState, input: RestoreInput): Restored {
  let notice = '';
  if (input.hash.startsWith(LINK_PREFIX)) {
    const result = decodeState(input.hash.slice(LINK_PREFIX.length));
    if (result.ok) {
      const state = mapAmounts(result.state, (text) => tidyAmount(text, input.locale));
      return { state, notice: 'Opened the counteroffer from your link.' };
    }
    notice = `This share link couldn't be opened. ${result.reason}`;
  }
  const saved = input.saved ? decoded(decodeState(input.saved)) : null;
  const state = { ...(saved ?? start) };
  const params = new URLSearchParams(input.search);
  if (params.has('goal')) {
    const fromQuery = initialFromQuery(params);
    state.kind = fromQuery.kind;
    state.priorities = fromQuery.priorities;
    state.citeOtherOffer = fromQuery.citeOtherOffer;
    if (fromQuery.reason) state.reason = fromQuery.reason;
    else delete state.reason;
  }
  return { state, notice };
}
