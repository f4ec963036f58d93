import { describe, expect, it } from 'vitest';
import {
  CALL_QUESTIONS,
  completeAnswers,
  firstUnanswered,
  isComplete,
  questionFor,
  stepsFor,
  type CallAnswers,
  type CallStepKey,
} from '../../../src/lib/call-advice/index.ts';

describe('CALL_QUESTIONS', () => {
  it('asks the four questions in order, with the agreed wording', () => {
    expect(CALL_QUESTIONS.map((q) => [q.key, q.legend, q.options.map((o) => [o.value, o.label])])).toEqual([
      [
        'status',
        'Where do things stand with their offer?',
        [
          ['declined', 'I declined it'],
          ['undecided', 'I haven’t answered yet'],
        ],
      ],
      [
        'reason',
        'What’s the main reason?',
        [
          ['pay', 'The pay is too low'],
          ['level', 'The level or title is too low'],
          ['other-offer', 'Another offer is better'],
          ['fit', 'The role, team or company isn’t right'],
          ['personal', 'Timing or personal reasons'],
        ],
      ],
      [
        'otherOffer',
        'Have you accepted another offer?',
        [
          ['accepted', 'Yes, I’ve accepted one'],
          ['holding', 'I have one, but haven’t accepted'],
          ['none', 'No'],
        ],
      ],
      [
        'wouldJoin',
        'If they fixed what’s wrong, would you join them?',
        [
          ['yes', 'Yes'],
          ['maybe', 'Maybe'],
          ['no', 'No'],
        ],
      ],
    ]);
  });
});

describe('questionFor', () => {
  it('asks only whether the better offer is accepted once it is the reason', () => {
    const question = questionFor('otherOffer', { status: 'declined', reason: 'other-offer' });
    expect(question?.legend).toBe('Have you accepted that other offer?');
    expect(question?.options.map((o) => o.value)).toEqual(['accepted', 'holding']);
    expect(questionFor('otherOffer', { reason: 'pay' })).toBe(CALL_QUESTIONS[2]);
    expect(questionFor(null, {})).toBeUndefined();
  });

  it.each([
    [{ status: 'declined', reason: 'other-offer', otherOffer: 'none' }, 'otherOffer'],
    [{ status: 'declined', reason: 'other-offer', otherOffer: 'holding' }, 'wouldJoin'],
    [{ status: 'declined', reason: 'fit', otherOffer: 'none' }, 'wouldJoin'],
  ] satisfies [Partial<CallAnswers>, CallStepKey][])('%o is unanswered at %s', (partial, step) => {
    expect(firstUnanswered(partial)).toBe(step);
  });
});

const ALL: CallStepKey[] = ['status', 'reason', 'otherOffer', 'wouldJoin'];
const ACCEPTED: CallStepKey[] = ['status', 'reason', 'otherOffer'];

describe('stepsFor', () => {
  it.each([
    [{}, ALL],
    [{ status: 'declined' }, ALL],
    [{ otherOffer: 'holding' }, ALL],
    [{ otherOffer: 'none', wouldJoin: 'no' }, ALL],
    [{ otherOffer: 'accepted' }, ACCEPTED],
    [{ status: 'undecided', reason: 'fit', otherOffer: 'accepted' }, ACCEPTED],
  ] satisfies [Partial<CallAnswers>, CallStepKey[]][])('%o → %o', (partial, steps) => {
    expect(stepsFor(partial)).toEqual(steps);
  });

  it('returns a fresh array', () => {
    const steps = stepsFor({});
    steps.pop();
    expect(stepsFor({})).toHaveLength(4);
  });
});

describe('firstUnanswered, isComplete and completeAnswers', () => {
  it.each([
    [{}, 'status', null],
    [{ reason: 'pay', otherOffer: 'none', wouldJoin: 'yes' }, 'status', null],
    [{ status: 'declined' }, 'reason', null],
    [{ status: 'declined', otherOffer: 'none' }, 'reason', null],
    [{ status: 'declined', reason: 'pay' }, 'otherOffer', null],
    [{ status: 'declined', reason: 'pay', wouldJoin: 'yes' }, 'otherOffer', null],
    [{ status: 'declined', reason: 'pay', otherOffer: 'none' }, 'wouldJoin', null],
    [{ status: 'declined', reason: 'pay', otherOffer: 'holding' }, 'wouldJoin', null],
    [
      { status: 'declined', reason: 'pay', otherOffer: 'accepted' },
      null,
      { status: 'declined', reason: 'pay', otherOffer: 'accepted' },
    ],
    [
      { status: 'undecided', reason: 'fit', otherOffer: 'none', wouldJoin: 'maybe' },
      null,
      { status: 'undecided', reason: 'fit', otherOffer: 'none', wouldJoin: 'maybe' },
    ],
    // A stray wouldJoin after an accepted offer is dropped rather than blocking completion.
    [
      { status: 'declined', reason: 'level', otherOffer: 'accepted', wouldJoin: 'yes' },
      null,
      { status: 'declined', reason: 'level', otherOffer: 'accepted' },
    ],
  ] satisfies [Partial<CallAnswers>, CallStepKey | null, CallAnswers | null][])(
    '%o → first unanswered %s',
    (partial, first, complete) => {
      expect(firstUnanswered(partial)).toBe(first);
      expect(isComplete(partial)).toBe(first === null);
      expect(completeAnswers(partial)).toEqual(complete);
    },
  );

  it('treats values the widget never offers as unanswered', () => {
    const bogus = {
      status: 'maybe',
      reason: 'pay',
      otherOffer: 'none',
      wouldJoin: 'yes',
    } as unknown as CallAnswers;
    expect(firstUnanswered(bogus)).toBe('status');
    expect(isComplete(bogus)).toBe(false);
    expect(completeAnswers(bogus)).toBeNull();
  });

  it('completeAnswers returns a copy', () => {
    const input: CallAnswers = {
      status: 'declined',
      reason: 'pay',
      otherOffer: 'none',
      wouldJoin: 'yes',
    };
    expect(completeAnswers(input)).not.toBe(input);
  });
});
