import { buildAdvice } from './advice-text.ts';
import type { CallAdvice, CallAnswers, CallGoal } from './types.ts';

/** The goal for the call; first matching rule wins, and a missing `wouldJoin` counts as "maybe". */
export function chooseCallGoal(answers: CallAnswers): CallGoal {
  // Nothing they change can matter once another offer is accepted, so this rule outranks the rest.
  if (answers.otherOffer === 'accepted') return 'too-late';
  if (answers.wouldJoin === 'no') return 'decline';
  if (answers.wouldJoin === 'yes') return 'counter';
  // An unknown wouldJoin is treated as "maybe": hearing them out is the advice that never misleads.
  return 'explore';
}

/** Advice for the call: always take it, with the goal and what to say, prepare, avoid and ask. */
export function adviseOnCall(answers: CallAnswers): CallAdvice {
  return buildAdvice(answers, chooseCallGoal(answers));
}
