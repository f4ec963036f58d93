import { decodeState } from './codec.ts';
import { encodeForSave } from './encode.ts';
import { hasHandoff } from '../call-advice/handoff-params.ts';
import { readShareLink } from './share-link.ts';
import { mapAmounts, tidyAmount } from './money-text.ts';
import { initialFromQuery } from './query.ts';
import type { CounterofferState } from './state.ts';
import { keepAside, openLink, type Saved } from './store.ts';

/**
 * The builder’s first state; what to tell the reader about where it came from ("" for nothing); and
 * what to keep in this browser afterwards (the link’s numbers current, the reader’s own in history).
 */
export type Restored = { state: CounterofferState; notice: string; saved: Saved };

/** What the page knows at load: the URL’s fragment and query, and what this browser has saved. */
export type RestoreInput = { hash: string; search: string; saved: Saved; locale: string };

/** A saved or shared state as this reader sees it: amounts written for their locale. */
export function decodeForReader(text: string, locale: string): CounterofferState | null {
  const result = decodeState(text);
  return result.ok ? mapAmounts(result.state, (amount) => tidyAmount(amount, locale)) : null;
}

/**
 * The state to start from: a share link’s first (its amounts reformatted for this reader), then the
 * saved state, then `start`. A link from "Should I take the call?" (`?goal=…&reason=…&other=…`) then
 * sets the message goal, leading priority and whether to cite another offer. Never throws: a damaged
 * link is reported and skipped; a save it can’t read is reported and kept aside.
 */
export function restoreState(start: CounterofferState, input: RestoreInput): Restored {
  const notices: string[] = [];
  let saved = input.saved;
  const own = saved.current === null ? null : decodeForReader(saved.current, input.locale);
  if (saved.current !== null && own === null) {
    // Kept under its own key: the island shows it, with Copy, until the reader deletes it.
    saved = keepAside(saved);
  } else if (own !== null) {
    // Rewritten canonically, so an older save typed as text compares equal to the same numbers in a link.
    saved = { ...saved, current: encodeForSave(own, input.locale) };
  }
  const result = readShareLink(input.hash);
  if (result) {
    if (result.ok) {
      const state = mapAmounts(result.state, (text) => tidyAmount(text, input.locale));
      saved = openLink(saved, encodeForSave(state, input.locale));
      const kept = saved.history.length > 0 ? ' Your own numbers are kept in this browser.' : '';
      notices.unshift(`Opened the counteroffer from your link.${kept}`);
      return { state, notice: notices.join(' '), saved };
    }
    notices.unshift(`This share link couldn’t be opened. ${result.reason}`);
  }
  const state = { ...(own ?? start) };
  const params = new URLSearchParams(input.search);
  if (hasHandoff(params)) {
    const fromQuery = initialFromQuery(params);
    state.goal = fromQuery.goal;
    state.priorities = fromQuery.priorities;
    state.citeOtherOffer = fromQuery.citeOtherOffer;
    if (fromQuery.reason) state.reason = fromQuery.reason;
    else delete state.reason;
    if (fromQuery.status) state.status = fromQuery.status;
  }
  return { state, notice: notices.join(' '), saved };
}
