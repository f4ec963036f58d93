// Where the builder’s state comes from and goes to in the address: a share link’s fragment, the
// hand-off from "Should I take the call?" (call-advice/handoff.ts reads and writes it), and a save.
import { HANDOFF_PARAMS, hasHandoff, readHandoff } from '../call-advice/handoff.ts';
import { joinBase } from '../paths/base.ts';
import { COUNTEROFFER_PATH } from '../paths/tool-paths.ts';
import { LINK_PREFIX, decodeState, encodeForSave, type DecodeResult } from './codec.ts';
import { mapAmounts, tidyAmount } from './money-text.ts';
import {
  PRIORITIES,
  withLeadingPriority,
  type CallStatus,
  type CounterofferState,
  type Priority,
  type Reason,
} from './state.ts';
import { keepAside, type Saved } from './store.ts';

/**
 * The builder’s first state; what to tell the reader about where it came from ("" for nothing); a
 * shared link’s numbers (encoded as saved) while they are someone else’s, else null; and what this
 * browser keeps, the reader’s own save unchanged by any link.
 */
export type Restored = { state: CounterofferState; notice: string; link: string | null; saved: Saved };

/** What the page knows at load: the URL’s fragment and query, and what this browser has saved. */
export type RestoreInput = { hash: string; search: string; saved: Saved; locale: string };

/** The part of the builder state a link from "Should I take the call?" decides. */
export type QueryInitial = Pick<CounterofferState, 'goal' | 'priorities' | 'citeOtherOffer'> & {
  reason?: Reason;
  status?: CallStatus;
};

/**
 * The share link for a state: always the tool page (`origin` + `base` + /tools/counteroffer/), since
 * one made in an issue would open at its top, far from the builder; the state in the fragment, encoded
 * as it is saved, so its amounts read back the same in any locale and an unchanged link equals the save.
 */
export function shareLink(state: CounterofferState, locale: string, origin: string, base: string): string {
  return `${origin}${joinBase(base, COUNTEROFFER_PATH)}${LINK_PREFIX}${encodeForSave(state, locale)}`;
}

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
  if (hasHandoff(new URLSearchParams(input.search))) {
    const { reason, ...fromQuery } = initialFromQuery(input.search);
    Object.assign(state, fromQuery);
    if (reason) state.reason = reason;
    else delete state.reason;
  }
  const notice = result?.ok === false ? `This share link couldn’t be opened. ${result.reason}` : '';
  return { state, notice, link: null, saved };
}

const LEADING_PRIORITY: Partial<Record<Reason, Priority>> = {
  level: 'level',
  pay: 'base',
  fit: 'other-terms',
  personal: 'other-terms',
};

/**
 * Starting goal, reason, status, priorities and whether to cite another offer, from the hand-off
 * `?co-goal=…&co-reason=…&co-other=…&co-status=…` as call-advice/handoff.ts reads it. Another offer is cited only for `other=holding` (the
 * reader has one to cite), or, in a link without `other`, when the reason is another offer. Unknown
 * or missing values fall back to defaults; never throws.
 */
export function initialFromQuery(search: string | URLSearchParams): QueryInitial {
  const handoff = readHandoff(search);
  const { reason, status } = handoff;
  const lead = reason && LEADING_PRIORITY[reason];
  const initial: QueryInitial = {
    goal: handoff.goal ?? 'counter',
    priorities: lead ? withLeadingPriority(PRIORITIES, lead) : [...PRIORITIES],
    citeOtherOffer: handoff.namesOtherOffer ? handoff.otherOffer === 'holding' : reason === 'other-offer',
  };
  if (reason) initial.reason = reason;
  if (status) initial.status = status;
  return initial;
}

/** The hand-off’s parameters in the query, to drop once read so a reload doesn’t apply them again over the reader’s changes. */
export function handoffParamsToRemove(params: URLSearchParams): string[] {
  return Object.values(HANDOFF_PARAMS).filter((name) => params.has(name));
}

/**
 * The address once the builder has read it: the hand-off’s parameters gone (a reload would apply
 * them again over the reader’s changes), and the share link’s fragment too unless `keepLink` (while
 * the reader hasn’t changed or kept a link’s numbers, a reload shows them again).
 */
export function addressAfterReading(href: string, keepLink: boolean): string {
  const url = new URL(href);
  if (!keepLink && url.hash.startsWith(LINK_PREFIX)) url.hash = '';
  for (const name of handoffParamsToRemove(url.searchParams)) url.searchParams.delete(name);
  return url.href;
}
