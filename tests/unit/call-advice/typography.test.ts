import { describe, expect, it } from 'vitest';
import {
  allCallSituations,
  CALL_CARD_SECTION_TITLES,
  CALL_GOAL_TITLES,
  CALL_QUESTIONS,
  CALL_REASONS,
  HANDOFF_LABELS,
  questionFor,
  situationParts,
  situationTitle,
  typeset,
} from '../../../src/lib/call-advice/index.ts';

// The cards are checked by cardProblems; this is every other word the widget and its table show.
const questions = [
  ...CALL_QUESTIONS,
  ...CALL_REASONS.flatMap((reason) => questionFor('otherOffer', { reason }) ?? []),
];
const TEXTS = [
  ...questions.flatMap((question) => [question.legend, ...question.options.map((option) => option.label)]),
  ...allCallSituations().flatMap((answers) => [situationTitle(answers), ...situationParts(answers)]),
  ...Object.values(CALL_GOAL_TITLES),
  ...Object.values(HANDOFF_LABELS),
  ...Object.values(CALL_CARD_SECTION_TITLES),
];

describe('the widget’s own words use the articles’ typography', () => {
  it.each([...new Set(TEXTS)])('%s', (text) => {
    expect(typeset(text)).toBe(true);
  });

  it.each(["What's the main reason?", 'The "timing"', 'Pay - or level', 'Pay -- or level'])(
    'catches %j',
    (text) => {
      expect(typeset(text)).toBe(false);
    },
  );
});
