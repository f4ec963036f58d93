import { firstUnanswered, stepsFor } from './steps.ts';
import type { CallAnswers, CallOption, CallQuestion, CallStepKey } from './types.ts';

/** The answers given before step `key`, in step order; every applicable answer when `key` is null. */
export function answersBefore(partial: Partial<CallAnswers>, key: CallStepKey | null): Partial<CallAnswers> {
  const order = stepsFor(partial);
  const end = key === null ? -1 : order.indexOf(key);
  const result: Record<string, string> = {};
  for (const key of end === -1 ? order : order.slice(0, end)) {
    const value = partial[key];
    if (value) result[key] = value;
  }
  // Each value came from `partial` under its own key, so the record is a Partial<CallAnswers>.
  return result as Partial<CallAnswers>;
}

/** The answers up to the first unanswered step: stray later ones are dropped, so every step is asked. */
export function answeredSoFar(partial: Partial<CallAnswers>): Partial<CallAnswers> {
  return answersBefore(partial, firstUnanswered(partial));
}

/** The answers with `value` chosen for `question`, or null when `value` is not one of its options. */
export function withAnswer(
  partial: Partial<CallAnswers>,
  question: CallQuestion,
  value: string | undefined,
): Partial<CallAnswers> | null {
  const options: readonly CallOption[] = question.options;
  const option = options.find((candidate) => candidate.value === value);
  // The option came from this question, so its value fits this key; the union type can't say so.
  return option ? answeredSoFar({ ...partial, [question.key]: option.value }) : null;
}

/** The step to return to from `current` (null means the result), or null on the first step. */
export function previousStep(partial: Partial<CallAnswers>, current: CallStepKey | null): CallStepKey | null {
  const order = stepsFor(partial);
  const index = current === null ? order.length : order.indexOf(current);
  return order[index - 1] ?? null;
}

/** The answers as a fresh CallAnswers (no stray `wouldJoin` after an accepted offer), or null if incomplete. */
export function completeAnswers(partial: Partial<CallAnswers>): CallAnswers | null {
  // Complete means every applicable step holds a valid answer, and those are exactly what's kept.
  return firstUnanswered(partial) === null ? (answersBefore(partial, null) as CallAnswers) : null;
}
