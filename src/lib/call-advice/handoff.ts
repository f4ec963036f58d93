import type { CallAdvice, CallAnswers, CallGoal, CallOtherOffer, CallReason, CallStatus } from './types.ts';
import { CALL_OTHER_OFFERS, CALL_REASONS, CALL_STATUSES, isOneOf } from './values.ts';
import { QUERY_PREFIX } from '../counteroffer/query-prefix.ts';

// The link from a call card to the counteroffer builder. Its parameters carry the builder's own
// prefix (`co-goal`, …), so they never clash with the call widget's answers when both widgets share
// a page; links shared before the prefix (`goal`, `reason`, `other`) are still read. `status` tells
// the builder whether the reader has already said no, so its message never thanks a decliner "for
// the offer" as if it were new.

/** What the builder needs from the call advice: the goal, and what the reader answered. */
export type CallHandoff = {
  goal: CallGoal;
  reason?: CallReason;
  otherOffer?: CallOtherOffer;
  status?: CallStatus;
};

/** The hand-off's query parameter names. */
export const HANDOFF_PARAMS = {
  goal: `${QUERY_PREFIX}goal`,
  reason: `${QUERY_PREFIX}reason`,
  otherOffer: `${QUERY_PREFIX}other`,
  status: `${QUERY_PREFIX}status`,
} as const;

// A link made before the prefix carries the same names bare.
const unprefixed = (name: string) => name.slice(QUERY_PREFIX.length);

/** Goal values as links carry them, in card order: counter, explore, too late, decline. */
export const HANDOFF_GOALS = [
  'counter',
  'listen',
  'close-politely',
  'decline-gracefully',
] as const satisfies readonly CallGoal[];

// Shorter names for the builder's modes are read too, so a hand-written link can use either.
const GOAL_ALIASES: Record<string, CallGoal> = {
  counter: 'counter',
  listen: 'listen',
  explore: 'listen',
  'close-politely': 'close-politely',
  'too-late': 'close-politely',
  'decline-gracefully': 'decline-gracefully',
  decline: 'decline-gracefully',
};

/** What the link to the builder says, by goal: each opens the builder's matching mode. */
export const HANDOFF_LABELS: Record<CallGoal, string> = {
  counter: 'Build your counteroffer',
  listen: 'Explore a counteroffer',
  'close-politely': 'Write a polite reply',
  'decline-gracefully': 'Write your decline',
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

function read(params: URLSearchParams, name: string, prefixed: boolean): string {
  return (
    params
      .get(prefixed ? name : unprefixed(name))
      ?.trim()
      .toLowerCase() ?? ''
  );
}

/** The hand-off in a query string (with or without "?"), or null without a known goal; never throws. */
export function parseHandoff(search: string | URLSearchParams): CallHandoff | null {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return null;
  }
  const prefixed = params.has(HANDOFF_PARAMS.goal);
  const goalText = read(params, HANDOFF_PARAMS.goal, prefixed);
  const goal = Object.hasOwn(GOAL_ALIASES, goalText) ? GOAL_ALIASES[goalText] : undefined;
  if (!goal) return null;
  const handoff: CallHandoff = { goal };
  const reason = read(params, HANDOFF_PARAMS.reason, prefixed);
  const otherOffer = read(params, HANDOFF_PARAMS.otherOffer, prefixed);
  const status = read(params, HANDOFF_PARAMS.status, prefixed);
  if (isOneOf(CALL_REASONS, reason)) handoff.reason = reason;
  if (isOneOf(CALL_OTHER_OFFERS, otherOffer)) handoff.otherOffer = otherOffer;
  if (isOneOf(CALL_STATUSES, status)) handoff.status = status;
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
