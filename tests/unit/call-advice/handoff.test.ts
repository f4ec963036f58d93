import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCallSituations,
  CALL_OTHER_OFFERS,
  CALL_REASONS,
  CALL_STATUSES,
  HANDOFF_GOALS,
  HANDOFF_LABELS,
  adviseOnCall,
  counterofferLink,
  describeSituation,
  formatHandoff,
  parseHandoff,
  type CallHandoff,
} from '../../../src/lib/call-advice/index.ts';

const handoff: fc.Arbitrary<CallHandoff> = fc.record(
  {
    goal: fc.constantFrom(...HANDOFF_GOALS),
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
    ['?goal=explore', 'listen'],
    ['?goal=too-late', 'close-politely'],
    ['?goal=decline', 'decline-gracefully'],
    ['?goal=%20Counter%20', 'counter'],
    ['goal=listen&goal=counter', 'listen'],
  ] as const)('reads %j as %s', (search, goal) => {
    expect(parseHandoff(search)?.goal).toBe(goal);
  });

  it('reads the prefixed names before bare ones when both are there', () => {
    expect(parseHandoff('?goal=decline&co-goal=counter&co-reason=pay&reason=level')).toEqual({
      goal: 'counter',
      reason: 'pay',
    });
  });

  it('reads links from before the status was added', () => {
    expect(parseHandoff('?goal=counter&reason=level&other=none')).toEqual({
      goal: 'counter',
      reason: 'level',
      otherOffer: 'none',
    });
  });

  it.each(['', '?goal=quit', '?goal=toString', '?goal=__proto__', '?reason=pay', '?%E0%A4%A=%&&&=='])(
    'is null without a known goal: %j',
    (search) => {
      expect(parseHandoff(search)).toBeNull();
    },
  );

  it('drops unknown answers and never throws', () => {
    expect(parseHandoff('?goal=counter&reason=boredom&other=maybe&status=<b>')).toEqual({ goal: 'counter' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const parsed = parseHandoff(raw);
        if (parsed) expect(HANDOFF_GOALS).toContain(parsed.goal);
      }),
    );
  }, 60_000);

  it('names each goal’s link for what the builder will do', () => {
    expect(new Set(Object.values(HANDOFF_LABELS)).size).toBe(HANDOFF_GOALS.length);
  });
});
