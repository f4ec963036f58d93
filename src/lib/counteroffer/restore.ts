import { decodeState, type DecodeResult } from './codec.ts';
import { encodeForSave } from './encode.ts';
import { hasHandoff } from '../call-advice/handoff-params.ts';
import { LINK_PREFIX } from './link.ts';
import { mapAmounts, tidyAmount } from './money-text.ts';
import { initialFromQuery } from './query.ts';
import type { CounterofferState } from './state.ts';
import { keepAside, type Saved } from './store.ts';

/**
 * The builder’s first state; what to tell the reader about where it came from ("" for nothing); a
 * shared link’s numbers (encoded as saved) while they are someone else’s, else null; and what this
 * browser keeps, the reader’s own save unchanged by any link.
 */
export type Restored = { state: CounterofferState; notice: string; link: string | null; saved: Saved };

/** What the page knows at load: the URL’s fragment and query, and what this browser has saved. */
export type RestoreInput = { hash: string; search: string; saved: Saved; locale: string };

/** A saved or shared state as this reader sees it: amounts written for their locale. */
export function decodeForReader(text: string, locale: string): CounterofferState | null {
  const result = decodeState(text);
  return result.ok ? mapAmounts(result.state, (amount) => tidyAmount(amount, locale)) : null;
}

/** What a share link’s fragment (`#s=…`) holds, decoded, or null when the fragment is not a share link. */
export function readShareLink(hash: string): DecodeResult | null {
  return hash.startsWith(LINK_PREFIX) ? decodeState(hash.slice(LINK_PREFIX.length)) : null;
}

/**
 * The state to start from: a share link’s (shown as someone else’s numbers, the reader’s own save
 * left as it is), else the saved state, else `start`. A link from "Should I take the call?"
 * (`?co-goal=…`) then sets the message goal, leading priority and whether to cite another offer.
 * Never throws: a damaged link is reported and skipped; a save it can’t read is kept aside.
 */
export function restoreState(start: CounterofferState, input: RestoreInput): Restored {
  const { locale } = input;
  const own = input.saved.current === null ? null : decodeForReader(input.saved.current, locale);
  const saved = own === null ? keepAside(input.saved) : input.saved;
  const result = readShareLink(input.hash);
  if (result?.ok) {
    const state = mapAmounts(result.state, (text) => tidyAmount(text, locale));
    const link = encodeForSave(state, locale);
    // A link to the reader’s own numbers (the compact builder’s "Open the full builder") is theirs.
    if (link !== (own && encodeForSave(own, locale))) {
      const yours = saved.current === null ? '' : ' Your own numbers are kept as they were.';
      const notice = `These numbers are from a shared link.${yours} Change any of them, or keep them, to make them yours.`;
      return { state, notice, link, saved };
    }
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
  const notice = result?.ok === false ? `This share link couldn’t be opened. ${result.reason}` : '';
  return { state, notice, link: null, saved };
}
