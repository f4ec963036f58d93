import { closePolitely } from './text/close-politely.ts';
import { counter } from './text/counter.ts';
import { declineGracefully } from './text/decline.ts';
import type { GoalText } from './text/goal-text.ts';
import { listen } from './text/listen.ts';
import type { CallAdvice, CallAnswers, CallGoal } from './types.ts';

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
