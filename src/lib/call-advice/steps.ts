import type { CallAnswers, CallQuestion, CallStepKey } from './types.ts';
import { CALL_REASON_QUESTION } from './reason-question.ts';

/** The widget's questions in the order they are asked; `wouldJoin` is skipped after an accepted offer. */
export const CALL_QUESTIONS: readonly CallQuestion[] = [
  {
    key: 'status',
    legend: 'Where do things stand with their offer?',
    options: [
      { value: 'declined', label: 'I declined it' },
      { value: 'undecided', label: 'I haven’t answered yet' },
    ],
  },
  CALL_REASON_QUESTION,
  {
    key: 'otherOffer',
    legend: 'Have you accepted another offer?',
    options: [
      { value: 'accepted', label: 'Yes, I’ve accepted one' },
      { value: 'holding', label: 'I have one, but haven’t accepted' },
      { value: 'none', label: 'No' },
    ],
  },
  {
    key: 'wouldJoin',
    legend: 'If they fixed what’s wrong, would you join them?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'maybe', label: 'Maybe' },
      { value: 'no', label: 'No' },
    ],
  },
];

// "Another offer is better" already says there is one, so "No" would contradict it: the step asks
// only whether that offer is accepted.
const BETTER_OFFER_QUESTION: CallQuestion = {
  key: 'otherOffer',
  legend: 'Have you accepted that other offer?',
  options: [
    { value: 'accepted', label: 'Yes, I’ve accepted it' },
    { value: 'holding', label: 'Not yet' },
  ],
};

/** The question for step `key` as these answers shape it, or undefined for no step. */
export function questionFor(
  key: CallStepKey | null,
  partial: Partial<CallAnswers>,
): CallQuestion | undefined {
  if (key === 'otherOffer' && partial.reason === 'other-offer') return BETTER_OFFER_QUESTION;
  return CALL_QUESTIONS.find((question) => question.key === key);
}

const ALL_STEPS: readonly CallStepKey[] = ['status', 'reason', 'otherOffer', 'wouldJoin'];
// Once another offer is accepted nothing they change matters, so asking would only add a click.
const STEPS_AFTER_ACCEPTING: readonly CallStepKey[] = ['status', 'reason', 'otherOffer'];

/** The step keys that apply to these answers, in order: three after an accepted offer, else four. */
export function stepsFor(partial: Partial<CallAnswers>): CallStepKey[] {
  return [...(partial.otherOffer === 'accepted' ? STEPS_AFTER_ACCEPTING : ALL_STEPS)];
}

/** True when `value` is one of the options step `key` offers after the answers before it. */
export function isOffered(key: CallStepKey, partial: Partial<CallAnswers>, value: unknown): boolean {
  const options: readonly { value: string }[] = questionFor(key, partial)?.options ?? [];
  return options.some((option) => option.value === value);
}

/** The first applicable step without an answer it offers, or null when every step is answered. */
export function firstUnanswered(partial: Partial<CallAnswers>): CallStepKey | null {
  return stepsFor(partial).find((key) => !isOffered(key, partial, partial[key])) ?? null;
}

/** True when every applicable step has an answer it offers. */
export function isComplete(partial: Partial<CallAnswers>): partial is CallAnswers {
  return firstUnanswered(partial) === null;
}
