// Where the builder’s state comes from and goes to in the address: a share link’s fragment, the
// hand-off from "Should I take the call?" (call-advice/handoff.ts reads and writes it), and a save.
import { HANDOFF_PARAMS, hasHandoff, readHandoff } from '../call-advice/handoff.ts';
import { joinBase } from '../paths/base.ts';
import { COUNTEROFFER_PATH } from '../paths/tool-paths.ts';
import { LINK_PREFIX, decodeState, encodeForSave, type DecodeResult } from './codec.ts';
import { mapAmounts, tidyAmount } from './money-text.ts';
import { normalisePriorities, type CounterofferState, type Priority, type Reason } from './state.ts';
import { keepAside, type Saved } from './store.ts';

/**
 * The builder’s first state; what to tell the reader about where it came from ("" for nothing); a
 * shared link’s numbers (encoded as saved) while they are someone else’s, else null; and what this
 * browser keeps, the reader’s own save unchanged by any link.
 */
export type Restored = { state: CounterofferState; notice: string; link: string | null; saved: Saved };

/**
 * The share link for a state: always the tool page, since one made in an issue would open at its
 * top, far from the builder; encoded as it is saved, so its amounts read back the same in any locale
 * and an unchanged link equals the save.
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
 * The state to start from, given the address’s fragment and query and what this browser saved: a
 * share link’s (shown as someone else’s numbers, the reader’s own save left as it is), else the saved
 * state, else `start`; then the hand-off from "Should I take the call?". Never throws: a damaged link
 * is reported and skipped; a save it can’t read is kept aside.
 */
export function restoreState(
  start: CounterofferState,
  input: { hash: string; search: string; saved: Saved; locale: string },
): Restored {
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
    delete state.reason;
    Object.assign(state, initialFromQuery(input.search));
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
 * The goal, reason, status, leading priority and whether to cite another offer from the hand-off
 * (unknown values read as defaults). Another offer is cited only when the reader holds one, or, in a
 * link that doesn’t say, when the reason is another offer.
 */
export function initialFromQuery(search: string | URLSearchParams) {
  const { goal, reason, status, namesOtherOffer, otherOffer } = readHandoff(search);
  const lead = reason && LEADING_PRIORITY[reason];
  return {
    goal: goal ?? 'counter',
    priorities: normalisePriorities(lead ? [lead] : []),
    citeOtherOffer: namesOtherOffer ? otherOffer === 'holding' : reason === 'other-offer',
    ...(reason && { reason }),
    ...(status && { status }),
  };
}

/**
 * The address once the builder has read it: the hand-off’s parameters gone (a reload would apply
 * them again over the reader’s changes), and the share link’s fragment too unless `keepLink` (while
 * the reader hasn’t changed or kept a link’s numbers, a reload shows them again).
 */
export function addressAfterReading(href: string, keepLink: boolean): string {
  const url = new URL(href);
  if (!keepLink && url.hash.startsWith(LINK_PREFIX)) url.hash = '';
  for (const name of Object.values(HANDOFF_PARAMS))
    if (url.searchParams.has(name)) url.searchParams.delete(name);
  return url.href;
}
