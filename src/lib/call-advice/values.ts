import type { CallStepKey } from './types.ts';

/**
 * What the reader wants to say, in card order: counter (a yes when met), explore (ask what would be
 * possible, commit to nothing), too-late (thank them, no numbers), decline (give the reason, kindly).
 * The call widget advises one; the builder writes it; the hand-off link carries it as `co-goal`.
 */
export const CALL_GOALS = ['counter', 'explore', 'too-late', 'decline'] as const;

/** Where the reader stands with the offer, in question order. */
export const CALL_STATUSES = ['declined', 'undecided'] as const;

/** The main reason the offer isn't working, in question order. */
export const CALL_REASONS = ['pay', 'level', 'other-offer', 'fit', 'personal'] as const;

/** Whether the reader holds or has accepted another offer, in question order. */
export const CALL_OTHER_OFFERS = ['accepted', 'holding', 'none'] as const;

/** Whether the reader would join if the company fixed what's wrong, in question order. */
export const CALL_WOULD_JOIN = ['yes', 'maybe', 'no'] as const;

/** The values each step offers, by step. */
export const CALL_ANSWER_VALUES = {
  status: CALL_STATUSES,
  reason: CALL_REASONS,
  otherOffer: CALL_OTHER_OFFERS,
  wouldJoin: CALL_WOULD_JOIN,
} as const satisfies Record<CallStepKey, readonly string[]>;

/**
 * Query parameter name for each answer. The `call-` prefix keeps them apart from another widget's
 * on the same page (the counteroffer builder's carry `co-`).
 */
export const CALL_QUERY_PARAMS = {
  status: 'call-status',
  reason: 'call-reason',
  otherOffer: 'call-other',
  wouldJoin: 'call-join',
} as const satisfies Record<CallStepKey, string>;

/** The issue #57 heading ids that "why" links point at, in reading order. */
export const CALL_HEADINGS = [
  'why-they-want-to-talk',
  'when-the-offer-cant-work',
  'be-ready-with-your-counteroffer',
  'dont-burn-the-bridge',
] as const;

/** True when `value` is one of `allowed`; lets untyped input (URLs, storage) narrow safely. */
export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
