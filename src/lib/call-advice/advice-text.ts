import { tooLate } from './text/too-late.ts';
import { counter } from './text/counter.ts';
import { decline } from './text/decline.ts';
import type { GoalText } from './text/goal-text.ts';
import { explore } from './text/explore.ts';
import type { CallAdvice, CallAnswers, CallGoal } from './types.ts';

const TEXT_FOR_GOAL: Record<CallGoal, (answers: CallAnswers) => GoalText> = {
  counter,
  explore,
  'too-late': tooLate,
  decline,
};

/** The full advice for answers whose goal is already chosen; fresh arrays on every call. */
export function buildAdvice(answers: CallAnswers, goal: CallGoal): CallAdvice {
  return { takeCall: true, goal, ...TEXT_FOR_GOAL[goal](answers) };
}
