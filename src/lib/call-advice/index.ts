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
  CallReply,
  CallWhy,
  CallWouldJoin,
} from './types.ts';
export {
  CALL_GOALS,
  CALL_HEADINGS,
  CALL_OTHER_OFFERS,
  CALL_QUERY_PARAMS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
} from './values.ts';
export { CALL_ADVICE_ISSUE, CALL_ADVICE_ISSUE_PATH } from './source-issue.ts';
export { CALL_REASON_QUESTION } from './reason-question.ts';
export { CALL_QUESTIONS, firstUnanswered, isComplete, isOffered, questionFor, stepsFor } from './steps.ts';
export { answeredSoFar, answersBefore, completeAnswers, previousStep, withAnswer } from './answers.ts';
export {
  callFlow,
  callFlowView,
  startCallFlow,
  type CallFlowAction,
  type CallFlowFocus,
  type CallFlowState,
  type CallFlowView,
} from './flow.ts';
export { adviseOnCall, chooseCallGoal } from './rules.ts';
export { cardProblems, sentences, typeset, type CardProblem } from './consistency.ts';
export { formatCallQuery, parseCallAnswers, withCallQuery } from './query.ts';
export {
  HANDOFF_LABELS,
  HANDOFF_PARAMS,
  counterofferLink,
  formatHandoff,
  handoffFor,
  parseHandoff,
  type CallHandoff,
} from './handoff.ts';
export {
  allCallSituations,
  CALL_GOAL_TITLES,
  describeSituation,
  situationId,
  situationParts,
  situationTitle,
} from './situations.ts';
export {
  CALL_CARD_SECTIONS,
  CALL_CARD_SECTION_TITLES,
  type CallCardSameAs,
  type CallCardSection,
  type CallCardTarget,
} from './card-sections.ts';
