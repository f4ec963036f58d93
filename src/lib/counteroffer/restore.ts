import { decodeState, encodeState } from './codec.ts';
import { LINK_PREFIX, hasHandoff } from './link.ts';
import { mapAmounts, plainAmount, tidyAmount } from './money-text.ts';
import { initialFromQuery } from './query.ts';
import type { CounterofferState } from './state.ts';

/**
 * The builder's first state; what to tell the reader about where it came from ("" for nothing); and
 * the reader's own saved state (encoded) when a share link replaced a different one, else null.
 */
export type Restored = { state: CounterofferState; notice: string; previous: string | null };

/** What the page knows at load: the URL's fragment and query, and the saved state (null when none). */
export type RestoreInput = { hash: string; search: string; saved: string | null; locale: string };

// Amounts as plain digits, so "$185,000" typed here and "185,000" from a link count as the same.
function comparable(state: CounterofferState, locale: string): string {
  return encodeState(mapAmounts(state, (text) => plainAmount(text, locale)));
}

/**
 * The state to start from: a share link's first (its amounts reformatted for this reader), then the
 * saved state, then `start`. A link from "Should I take the call?" (`?goal=…&reason=…&other=…`) then
 * sets the message kind, leading priority and whether to cite another offer. Never throws: a damaged
 * link or save is reported and skipped.
 */
export function restoreState(start: CounterofferState, input: RestoreInput): Restored {
  let notice = '';
  const saved = input.saved ? decodeState(input.saved) : null;
  if (input.hash.startsWith(LINK_PREFIX)) {
    const result = decodeState(input.hash.slice(LINK_PREFIX.length));
    if (result.ok) {
      const state = mapAmounts(result.state, (text) => tidyAmount(text, input.locale));
      // The reader's own numbers are kept aside, not lost, unless the link holds the same ones.
      const previous =
        saved?.ok && comparable(saved.state, input.locale) !== comparable(state, input.locale)
          ? input.saved
          : null;
      const kept = previous ? ' Your own numbers are kept in this browser.' : '';
      return { state, notice: `Opened the counteroffer from your link.${kept}`, previous };
    }
    notice = `This share link couldn't be opened. ${result.reason}`;
  }
  const state = { ...(saved?.ok ? saved.state : start) };
  const params = new URLSearchParams(input.search);
  if (hasHandoff(params)) {
    const fromQuery = initialFromQuery(params);
    state.kind = fromQuery.kind;
    state.priorities = fromQuery.priorities;
    state.citeOtherOffer = fromQuery.citeOtherOffer;
    if (fromQuery.reason) state.reason = fromQuery.reason;
    else delete state.reason;
    if (fromQuery.stage) state.stage = fromQuery.stage;
  }
  return { state, notice, previous: null };
}
