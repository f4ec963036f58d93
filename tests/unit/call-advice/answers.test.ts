import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_QUESTIONS,
  CALL_REASON_QUESTION,
  answeredSoFar,
  answersBefore,
  formatCallQuery,
  parseCallAnswers,
  previousStep,
  withAnswer,
  withCallQuery,
  type CallAnswers,
  type CallQuestion,
  type CallStepKey,
} from '../../../src/lib/call-advice/index.ts';

const all: CallAnswers = { status: 'declined', reason: 'pay', otherOffer: 'none', wouldJoin: 'yes' };
const accepted: CallAnswers = { status: 'declined', reason: 'pay', otherOffer: 'accepted' };

function question(key: CallStepKey): CallQuestion {
  const found = CALL_QUESTIONS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No question for ${key}`);
  return found;
}

describe('answersBefore', () => {
  it.each<[Partial<CallAnswers>, CallStepKey | null, Partial<CallAnswers>]>([
    [all, 'status', {}],
    [all, 'reason', { status: 'declined' }],
    [all, 'wouldJoin', { status: 'declined', reason: 'pay', otherOffer: 'none' }],
    [all, null, all],
    [{ ...accepted, wouldJoin: 'yes' }, null, accepted],
    [{ reason: 'pay', wouldJoin: 'no' }, 'otherOffer', { reason: 'pay' }],
  ])('%o before %s is %o', (partial, key, expected) => {
    expect(answersBefore(partial, key)).toEqual(expected);
  });
});

describe('answeredSoFar', () => {
  it.each<[Partial<CallAnswers>, Partial<CallAnswers>]>([
    [{}, {}],
    [{ reason: 'pay', otherOffer: 'none' }, {}],
    [{ status: 'declined', otherOffer: 'none' }, { status: 'declined' }],
    [all, all],
    [{ ...accepted, wouldJoin: 'no' }, accepted],
  ])('%o keeps %o', (partial, expected) => {
    expect(answeredSoFar(partial)).toEqual(expected);
  });
});

describe('withAnswer', () => {
  it.each<[Partial<CallAnswers>, CallStepKey, string | undefined, Partial<CallAnswers> | null]>([
    [{}, 'status', 'declined', { status: 'declined' }],
    [{}, 'status', undefined, null],
    [{}, 'status', 'pay', null],
    [{ status: 'declined' }, 'reason', 'other-offer', { status: 'declined', reason: 'other-offer' }],
    // Changing an earlier answer drops the later ones, so every step is asked again.
    [
      all,
      'status',
      'undecided',
      { status: 'undecided', reason: 'pay', otherOffer: 'none', wouldJoin: 'yes' },
    ],
    [{ status: 'declined', reason: 'pay', wouldJoin: 'yes' }, 'otherOffer', 'accepted', accepted],
  ])('%o with %s = %s is %o', (partial, key, value, expected) => {
    expect(withAnswer(partial, question(key), value)).toEqual(expected);
  });
});

describe('previousStep', () => {
  it.each<[Partial<CallAnswers>, CallStepKey | null, CallStepKey | null]>([
    [{}, 'status', null],
    [{ status: 'declined' }, 'reason', 'status'],
    [all, null, 'wouldJoin'],
    [accepted, null, 'otherOffer'],
  ])('%o from %s goes back to %s', (partial, current, expected) => {
    expect(previousStep(partial, current)).toBe(expected);
  });
});

describe('withCallQuery', () => {
  it.each<[string, Partial<CallAnswers>, string]>([
    ['', { status: 'declined' }, '?call-status=declined'],
    ['?call-status=undecided&a=1', { status: 'declined' }, '?a=1&call-status=declined'],
    ['?a=1&call-other=none&b=%2B&call-join=yes', {}, '?a=1&b=%2B'],
    ['?Call-Status=x&call-st%61tus=declined', {}, '?Call-Status=x'],
    [
      '?utm_source=mail%20out',
      all,
      '?utm_source=mail%20out&call-status=declined&call-reason=pay&call-other=none&call-join=yes',
    ],
    ['?%E0%A4%A=1&call-status=x', {}, '?%E0%A4%A=1'],
    // Only the widget's own names are its answers: the builder's `co-` ones, and any other, stay.
    ['?call-status=declined&co-goal=explore&co-reason=pay', {}, '?co-goal=explore&co-reason=pay'],
  ])('withCallQuery(%j, %o) is %j', (search, answers, expected) => {
    expect(withCallQuery(search, answers)).toBe(expected);
  });

  const answers = fc.record(
    {
      status: fc.constantFrom('declined', 'undecided'),
      reason: fc.constantFrom('pay', 'level', 'other-offer', 'fit', 'personal'),
      otherOffer: fc.constantFrom('holding', 'none'),
      wouldJoin: fc.constantFrom('yes', 'maybe', 'no'),
    } as const,
    { requiredKeys: [] },
  );
  const otherParam = fc
    .tuple(fc.stringMatching(/^[a-z_-]{1,8}$/), fc.stringMatching(/^[\w%.-]{0,8}$/))
    .filter(([name]) => !name.startsWith('call'))
    .map(([name, value]) => `${name}=${value}`);

  it('keeps every other parameter byte for byte, in order, and reads back the answers it wrote', () => {
    fc.assert(
      fc.property(fc.array(otherParam, { maxLength: 4 }), answers, (others, given) => {
        const search = withCallQuery(others.length > 0 ? `?${others.join('&')}` : '', given);
        expect(search.replace(/^\?/, '').split('&').slice(0, others.length)).toEqual(others);
        expect(parseCallAnswers(search)).toEqual(parseCallAnswers(formatCallQuery(given)));
      }),
    );
  }, 60_000);

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), answers, (search, given) => {
        expect(typeof withCallQuery(search, given)).toBe('string');
      }),
    );
    // Property runs take seconds, not milliseconds, on a busy shared machine.
  }, 60_000);
});

describe('the reason question', () => {
  it('is the second question, shared with the counteroffer builder', () => {
    expect(CALL_QUESTIONS[1]).toBe(CALL_REASON_QUESTION);
  });
});
