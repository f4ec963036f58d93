// The link from a call card to the counteroffer builder, written and read only here: the call
// widget writes it (counterofferLink), the builder reads it (readHandoff, through
// counteroffer/restore.ts) and tidies it away (the names in handoff-params.ts). Its parameters
// carry the builder's own prefix (`co-goal`, …), so they never clash with the call widget's answers
// when both widgets share a page. `status` tells the builder whether the reader has already said no, so its message
// never thanks a decliner "for the offer" as if it were new.
import type { CallAdvice, CallAnswers, CallGoal, CallOtherOffer, CallReason, CallStatus } from './types.ts';
import { CALL_GOALS, CALL_OTHER_OFFERS, CALL_REASONS, CALL_STATUSES, isOneOf } from './values.ts';
import { GOAL_PARAM, QUERY_PREFIX } from './handoff-params.ts';

export { QUERY_PREFIX, hasHandoff } from './handoff-params.ts';

/** The hand-off's query parameter names: the builder's prefix, so the call widget's own stay apart. */
export const HANDOFF_PARAMS = {
  goal: GOAL_PARAM,
  reason: `${QUERY_PREFIX}reason`,
  otherOffer: `${QUERY_PREFIX}other`,
  status: `${QUERY_PREFIX}status`,
} as const;

/** What the builder needs from the call advice: the goal, and what the reader answered. */
export type CallHandoff = {
  goal: CallGoal;
  reason?: CallReason;
  otherOffer?: CallOtherOffer;
  status?: CallStatus;
};

/** What the link to the builder says, by goal: each opens the builder's matching mode. */
export const HANDOFF_LABELS: Record<CallGoal, string> = {
  counter: 'Build your counteroffer',
  explore: 'Explore a counteroffer',
  'too-late': 'Write a polite reply',
  decline: 'Write your decline',
};

/** "?co-goal=…&co-reason=…&co-other=…&co-status=…" for the builder. */
export function formatHandoff(handoff: CallHandoff): string {
  const pairs: [string, string | undefined][] = [
    [HANDOFF_PARAMS.goal, handoff.goal],
    [HANDOFF_PARAMS.reason, handoff.reason],
    [HANDOFF_PARAMS.otherOffer, handoff.otherOffer],
    [HANDOFF_PARAMS.status, handoff.status],
  ];
  const kept = pairs.filter((pair): pair is [string, string] => pair[1] !== undefined);
  return `?${kept.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

function read(params: URLSearchParams, key: keyof typeof HANDOFF_PARAMS): string {
  return params.get(HANDOFF_PARAMS[key])?.trim().toLowerCase() ?? '';
}

/**
 * Everything a hand-off link says, read leniently: each known value, and whether it names the other
 * offer at all (an unknown value there still means "don't guess from the reason").
 */
export type HandoffFields = Partial<CallHandoff> & { namesOtherOffer: boolean };

/** The hand-off fields in a query string (with or without "?"). Unknown values are left out; never throws. */
export function readHandoff(search: string | URLSearchParams): HandoffFields {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return { namesOtherOffer: false };
  }
  const fields: HandoffFields = { namesOtherOffer: params.has(HANDOFF_PARAMS.otherOffer) };
  const goal = read(params, 'goal');
  const reason = read(params, 'reason');
  const otherOffer = read(params, 'otherOffer');
  const status = read(params, 'status');
  if (isOneOf(CALL_GOALS, goal)) fields.goal = goal;
  if (isOneOf(CALL_REASONS, reason)) fields.reason = reason;
  if (isOneOf(CALL_OTHER_OFFERS, otherOffer)) fields.otherOffer = otherOffer;
  if (isOneOf(CALL_STATUSES, status)) fields.status = status;
  return fields;
}

/** The hand-off in a query string (with or without "?"), or null without a known goal; never throws. */
export function parseHandoff(search: string | URLSearchParams): CallHandoff | null {
  const { goal, reason, otherOffer, status } = readHandoff(search);
  if (!goal) return null;
  const handoff: CallHandoff = { goal };
  if (reason) handoff.reason = reason;
  if (otherOffer) handoff.otherOffer = otherOffer;
  if (status) handoff.status = status;
  return handoff;
}

/** The hand-off for a finished card: its goal and every answer the builder can use. */
export function handoffFor(answers: CallAnswers, advice: CallAdvice): CallHandoff {
  return {
    goal: advice.goal,
    reason: answers.reason,
    otherOffer: answers.otherOffer,
    status: answers.status,
  };
}

/** Query string for the counteroffer builder from a card, e.g. "?co-goal=counter&co-reason=level&co-other=none&co-status=declined". */
export function counterofferLink(answers: CallAnswers, advice: CallAdvice): string {
  return formatHandoff(handoffFor(answers, advice));
}
