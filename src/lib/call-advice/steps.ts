import type { CallAnswers, CallQuestion, CallStepKey } from './types.ts';
import { CALL_REASON_QUESTION } from './reason-question.ts';
import { CALL_ANSWER_VALUES, isOneOf } from './values.ts';

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

/** The step keys that apply to these answers, in order: three after an accepted offer, else four. */
export function stepsFor(partial: Partial<CallAnswers>): CallStepKey[] {
  return [...(partial.otherOffer === 'accepted' ? STEPS_AFTER_ACCEPTING : ALL_STEPS)];
}

/** The first applicable step without a valid answer, or null when every step is answered. */
export function firstUnanswered(partial: Partial<CallAnswers>): CallStepKey | null {
  return stepsFor(partial).find((key) => !isOneOf<string>(CALL_ANSWER_VALUES[key], partial[key])) ?? null;
}

/** True when every applicable step has a valid answer. */
export function isComplete(partial: Partial<CallAnswers>): partial is CallAnswers {
  return firstUnanswered(partial) === null;
}
