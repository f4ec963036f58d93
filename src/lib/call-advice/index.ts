// The public API of the "Should I take the call?" widget logic (issue #57); import from here.
export type {
  CallAdvice,
  CallAnswers,
  CallGoal,
  CallHeading,
  CallOption,
  CallOtherOffer,
  CallQuestion,
  CallReason,
  CallStatus,
  CallStepKey,
  CallWhy,
  CallWouldJoin,
} from './types';
export {
  CALL_ADVICE_ISSUE_PATH,
  CALL_HEADINGS,
  CALL_OTHER_OFFERS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
} from './values';
export { CALL_QUESTIONS, completeAnswers, firstUnanswered, isComplete, stepsFor } from './steps';
export { adviseOnCall, chooseCallGoal } from './rules';
export { CALL_QUERY_PARAMS, counterofferLink, formatCallQuery, parseCallAnswers } from './query';
export { ALL_CALL_SITUATIONS, describeSituation } from './situations';
