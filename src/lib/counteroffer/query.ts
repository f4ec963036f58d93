// The builder’s side of the hand-off link from "Should I take the call?": call-advice/handoff.ts
// reads it (and writes it), this turns what it says into the builder’s first state.
import { HANDOFF_PARAMS, readHandoff } from '../call-advice/handoff.ts';
import { LINK_PREFIX } from './link.ts';
import {
  PRIORITIES,
  withLeadingPriority,
  type CallStatus,
  type CounterofferState,
  type Priority,
  type Reason,
} from './state.ts';

/** The part of the builder state a link from "Should I take the call?" decides. */
export type QueryInitial = Pick<CounterofferState, 'goal' | 'priorities' | 'citeOtherOffer'> & {
  reason?: Reason;
  status?: CallStatus;
};

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
