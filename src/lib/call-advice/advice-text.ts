import { closePolitely } from './text/close-politely';
import { counter } from './text/counter';
import { declineGracefully } from './text/decline';
import type { GoalText } from './text/goal-text';
import { listen } from './text/listen';
import type { CallAdvice, CallAnswers, CallGoal } from './types';

const TEXT_FOR_GOAL: Record<CallGoal, (answers: CallAnswers) => GoalText> = {
  counter,
  listen,
  'close-politely': closePolitely,
  'decline-gracefully': declineGracefully,
};

/** The full advice for answers whose goal is already chosen; fresh arrays on every call. */
export function buildAdvice(answers: CallAnswers, goal: CallGoal): CallAdvice {
  return { takeCall: true, goal, ...TEXT_FOR_GOAL[goal](answers) };
}
