import { answeredSoFar, answersBefore, completeAnswers, previousStep, withAnswer } from './answers.ts';
import { formatCallQuery } from './query.ts';
import { firstUnanswered, isOffered, questionFor, stepsFor } from './steps.ts';
import type { CallAnswers, CallQuestion, CallStepKey } from './types.ts';

// The "Should I take the call?" steps as a pure state machine: the island keeps this state,
// hands every reader action to `callFlow`, and only does what a function can't (focus, the URL).

/** Where focus goes once the view is on screen: its heading, the error summary, or nowhere. */
export type CallFlowFocus = 'view' | 'error' | null;

/** Everything the steps need to remember between renders. */
export type CallFlowState = {
  /** The confirmed answers, in step order, up to the first unanswered step. */
  answers: Partial<CallAnswers>;
  /** The option ticked on the current step and not yet confirmed with Continue. */
  selected: string | undefined;
  /** True after Continue with nothing ticked, until the step changes. */
  showError: boolean;
  /** Answers given earlier in this visit, so a step returned to shows the reader's choice. */
  remembered: Partial<CallAnswers>;
  /** Where focus should go once this state is on screen (the island moves it once per state). */
  focus: CallFlowFocus;
};

/** What a reader (or the browser's Back button) can do. */
export type CallFlowAction =
  | { type: 'select'; value: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'start-over' }
  /** Answers from the URL: on load (no focus move) or after Back/Forward (focus follows). */
  | { type: 'restore'; answers: Partial<CallAnswers>; focus: boolean };

/** The first state: no answers (a link's come as a restore), nothing ticked, nothing focused. */
export function startCallFlow(): CallFlowState {
  return { answers: {}, selected: undefined, showError: false, remembered: {}, focus: null };
}

function show(
  state: CallFlowState,
  next: Partial<CallAnswers>,
  remembered: Partial<CallAnswers>,
  focus: CallFlowFocus,
): CallFlowState {
  const answers = answeredSoFar(next);
  const memory = { ...remembered, ...answers };
  const step = firstUnanswered(answers);
  return {
    ...state,
    answers,
    remembered: memory,
    // A remembered choice the step no longer offers (after a new reason) is not ticked.
    selected: step && isOffered(step, answers, memory[step]) ? memory[step] : undefined,
    showError: false,
    focus,
  };
}

/** The state after `action`; never mutates `state`. */
export function callFlow(state: CallFlowState, action: CallFlowAction): CallFlowState {
  switch (action.type) {
    case 'select':
      return { ...state, selected: action.value, focus: null };
    case 'continue': {
      const question = questionFor(firstUnanswered(state.answers), state.answers);
      if (!question) return state;
      const next = withAnswer(state.answers, question, state.selected);
      return next
        ? show(state, next, state.remembered, 'view')
        : { ...state, showError: true, focus: 'error' };
    }
    case 'back': {
      const back = previousStep(state.answers, firstUnanswered(state.answers));
      return back ? show(state, answersBefore(state.answers, back), state.remembered, 'view') : state;
    }
    case 'start-over':
      return show(state, {}, {}, 'view');
    case 'restore':
      // The URL already shows these answers (our own push, or a reload): nothing to redo.
      if (formatCallQuery(answeredSoFar(action.answers)) === formatCallQuery(state.answers)) return state;
      return show(state, action.answers, state.remembered, action.focus ? 'view' : null);
  }
}

/** What the island shows for a state: the question or the finished answers, and the step count. */
export type CallFlowView = {
  step: CallStepKey | null;
  question: CallQuestion | undefined;
  /** The finished answers once every step is answered, else null. */
  complete: CallAnswers | null;
  /** 1-based number of the current step. */
  number: number;
  /** How many steps these answers may lead through: fewest and most, equal once the path is known. */
  fewest: number;
  total: number;
  /** True when Back has somewhere to go. */
  canGoBack: boolean;
};

/**
 * The view of a state. Until the other-offer step is answered (or ticked), a path may end after
 * three steps or four, so the count says both; ticking "accepted" already makes it "Step 3 of 3".
 */
export function callFlowView(state: CallFlowState): CallFlowView {
  const step = firstUnanswered(state.answers);
  const ticked = step === 'otherOffer' ? state.selected : state.answers.otherOffer;
  const known = ticked === undefined ? null : stepsFor({ otherOffer: ticked as CallAnswers['otherOffer'] });
  const order = known ?? stepsFor(state.answers);
  const number = step ? order.indexOf(step) + 1 : order.length;
  // Every step but the first, and the result, has one before it.
  return {
    step,
    question: questionFor(step, state.answers),
    complete: completeAnswers(state.answers),
    number,
    fewest: known ? order.length : stepsFor({ otherOffer: 'accepted' }).length,
    total: order.length,
    canGoBack: number > 1,
  };
}
