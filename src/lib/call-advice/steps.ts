import type { CallAnswers, CallQuestion, CallStepKey } from './types';
import { CALL_REASON_QUESTION } from './reason-question';
import { CALL_OTHER_OFFERS, CALL_REASONS, CALL_STATUSES, CALL_WOULD_JOIN, isOneOf } from './values';

/** The widget's questions in the order they are asked; `wouldJoin` is skipped after an accepted offer. */
export const CALL_QUESTIONS: readonly CallQuestion[] = [
  {
    key: 'status',
    legend: 'Where do things stand with their offer?',
    options: [
      { value: 'declined', label: 'I declined it' },
      { value: 'undecided', label: "I haven't answered yet" },
    ],
  },
  CALL_REASON_QUESTION,
  {
    key: 'otherOffer',
    legend: 'Have you accepted another offer?',
    options: [
      { value: 'accepted', label: "Yes, I've accepted one" },
      { value: 'holding', label: "I have one, but haven't accepted" },
      { value: 'none', label: 'No' },
    ],
  },
  {
    key: 'wouldJoin',
    legend: "If they fixed what's wrong, would you join them?",
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'maybe', label: 'Maybe' },
      { value: 'no', label: 'No' },
    ],
  },
];

const ALL_STEPS: readonly CallStepKey[] = ['status', 'reason', 'otherOffer', 'wouldJoin'];
// Once another offer is accepted nothing they change matters, so asking would only add a click.
const STEPS_AFTER_ACCEPTING: readonly CallStepKey[] = ['status', 'reason', 'otherOffer'];

/** True when the answer for `key` is present and one the widget offers. */
export function hasValidAnswer(partial: Partial<CallAnswers>, key: CallStepKey): boolean {
  switch (key) {
    case 'status':
      return isOneOf(CALL_STATUSES, partial.status);
    case 'reason':
      return isOneOf(CALL_REASONS, partial.reason);
    case 'otherOffer':
      return isOneOf(CALL_OTHER_OFFERS, partial.otherOffer);
    case 'wouldJoin':
      return isOneOf(CALL_WOULD_JOIN, partial.wouldJoin);
  }
}

/** The step keys that apply to these answers, in order: three after an accepted offer, else four. */
export function stepsFor(partial: Partial<CallAnswers>): CallStepKey[] {
  return [...(partial.otherOffer === 'accepted' ? STEPS_AFTER_ACCEPTING : ALL_STEPS)];
}

/** The first applicable step without a valid answer, or null when every step is answered. */
export function firstUnanswered(partial: Partial<CallAnswers>): CallStepKey | null {
  return stepsFor(partial).find((key) => !hasValidAnswer(partial, key)) ?? null;
}

/** True when every applicable step has a valid answer. */
export function isComplete(partial: Partial<CallAnswers>): partial is CallAnswers {
  return firstUnanswered(partial) === null;
}

/** The answers as a fresh CallAnswers (no stray `wouldJoin` after an accepted offer), or null if incomplete. */
export function completeAnswers(partial: Partial<CallAnswers>): CallAnswers | null {
  if (!isComplete(partial)) return null;
  const { status, reason, otherOffer, wouldJoin } = partial;
  if (otherOffer === 'accepted' || wouldJoin === undefined) return { status, reason, otherOffer };
  return { status, reason, otherOffer, wouldJoin };
}
