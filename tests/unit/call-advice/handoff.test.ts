import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCallSituations,
  CALL_OTHER_OFFERS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_GOALS,
  HANDOFF_LABELS,
  adviseOnCall,
  counterofferLink,
  describeSituation,
  formatHandoff,
  parseHandoff,
  type CallHandoff,
} from '../../../src/lib/call-advice/index.ts';
import { hasHandoff, readHandoff } from '../../../src/lib/call-advice/handoff.ts';
import { addressAfterReading, initialFromQuery } from '../../../src/lib/counteroffer/index.ts';

const handoff: fc.Arbitrary<CallHandoff> = fc.record(
  {
    goal: fc.constantFrom(...CALL_GOALS),
    reason: fc.constantFrom(...CALL_REASONS),
    otherOffer: fc.constantFrom(...CALL_OTHER_OFFERS),
    status: fc.constantFrom(...CALL_STATUSES),
  },
  { requiredKeys: ['goal'] },
);

describe('the hand-off to the counteroffer builder', () => {
  it.each(allCallSituations().map((a) => [describeSituation(a), a] as const))(
    '%s carries its goal',
    (_label, answers) => {
      const advice = adviseOnCall(answers);
      const link = counterofferLink(answers, advice);
      // The builder's own prefixed names, so the call widget's answers on the same page stay apart.
      expect(link).toBe(
        `?co-goal=${advice.goal}&co-reason=${answers.reason}&co-other=${answers.otherOffer}&co-status=${answers.status}`,
      );
      expect(parseHandoff(link)).toEqual({
        goal: advice.goal,
        reason: answers.reason,
        otherOffer: answers.otherOffer,
        status: answers.status,
      });
    },
  );

  it('round-trips any hand-off, with or without "?"', () => {
    fc.assert(
      fc.property(handoff, (given) => {
        const query = formatHandoff(given);
        expect(parseHandoff(query)).toEqual(given);
        expect(parseHandoff(query.slice(1))).toEqual(given);
        expect(parseHandoff(new URLSearchParams(query))).toEqual(given);
      }),
    );
  }, 60_000); // Property runs take seconds on a busy shared machine.

  it.each([
    ['?co-goal=%20Counter%20', 'counter'],
    ['co-goal=explore&co-goal=counter', 'explore'],
  ] as const)('reads %j as %s', (search, goal) => {
    expect(parseHandoff(search)?.goal).toBe(goal);
  });

  it.each(['', '?co-goal=quit', '?co-goal=toString', '?goal=counter', '?co-reason=pay', '?%E0%A4%A=%&&&=='])(
    'is null without a known goal: %j',
    (search) => {
      expect(parseHandoff(search)).toBeNull();
    },
  );

  it('drops unknown answers and never throws', () => {
    expect(parseHandoff('?co-goal=counter&co-reason=boredom&co-other=maybe&co-status=<b>')).toEqual({
      goal: 'counter',
    });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const parsed = parseHandoff(raw);
        if (parsed) expect(CALL_GOALS).toContain(parsed.goal);
      }),
    );
  }, 60_000);

  it('names each goal’s link for what the builder will do', () => {
    expect(new Set(Object.values(HANDOFF_LABELS)).size).toBe(CALL_GOALS.length);
  });
});

describe('the one reader of the hand-off, as the builder uses it', () => {
  it('opens the builder with the goal, reason and status any written hand-off carries', () => {
    fc.assert(
      fc.property(handoff, (given) => {
        const query = formatHandoff(given);
        const params = new URLSearchParams(query);
        expect(hasHandoff(params)).toBe(true);
        expect(readHandoff(query)).toEqual({ ...given, namesOtherOffer: given.otherOffer !== undefined });
        const initial = initialFromQuery(query);
        expect(initial.goal).toBe(given.goal);
        expect(initial.reason).toBe(given.reason);
        expect(initial.status).toBe(given.status);
        const cites = given.otherOffer ? given.otherOffer === 'holding' : given.reason === 'other-offer';
        expect(initial.citeOtherOffer).toBe(cites);
        // Once read, the builder drops exactly the hand-off's own parameters from the address.
        const after = new URL(addressAfterReading(`https://x.test/${query}`, true)).searchParams;
        expect([...params.keys()].filter((name) => after.has(name))).toEqual([]);
      }),
    );
  }, 60_000);

  it.each([
    ['?co-goal=bogus&co-reason=level', { reason: 'level', namesOtherOffer: false }],
    ['?co-goal=counter&co-other=maybe', { goal: 'counter', namesOtherOffer: true }],
    ['?%E0%A4%A=%&&&==', { namesOtherOffer: false }],
  ])('reads %j leniently', (search, expected) => {
    expect(readHandoff(search)).toEqual(expected);
  });
});
