import { describe, expect, it } from 'vitest';
import { allCallSituations, adviseOnCall, counterofferLink } from '../../../src/lib/call-advice/index.ts';
import {
  addressAfterReading,
  hasHandoff,
  initialFromQuery,
  type Priority,
} from '../../../src/lib/counteroffer/index.ts';

const DEFAULT_ORDER: Priority[] = ['base', 'level', 'equity', 'sign-on', 'other-terms'];

describe('initialFromQuery', () => {
  it.each<[string, ReturnType<typeof initialFromQuery>]>([
    ['', { goal: 'counter', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    ['?co-goal=counter', { goal: 'counter', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    ['?co-goal=explore', { goal: 'explore', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    ['?co-goal=too-late', { goal: 'too-late', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    ['co-goal=decline', { goal: 'decline', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    [
      '?co-goal=counter&co-reason=level',
      {
        goal: 'counter',
        reason: 'level',
        priorities: ['level', 'base', 'equity', 'sign-on', 'other-terms'],
        citeOtherOffer: false,
      },
    ],
    [
      '?co-goal=explore&co-reason=pay',
      { goal: 'explore', reason: 'pay', priorities: DEFAULT_ORDER, citeOtherOffer: false },
    ],
    [
      '?co-goal=counter&co-reason=other-offer',
      { goal: 'counter', reason: 'other-offer', priorities: DEFAULT_ORDER, citeOtherOffer: true },
    ],
    [
      '?co-reason=fit',
      {
        goal: 'counter',
        reason: 'fit',
        priorities: ['other-terms', 'base', 'level', 'equity', 'sign-on'],
        citeOtherOffer: false,
      },
    ],
    [
      '?co-goal=decline&co-reason=personal',
      {
        goal: 'decline',
        reason: 'personal',
        priorities: ['other-terms', 'base', 'level', 'equity', 'sign-on'],
        citeOtherOffer: false,
      },
    ],
    // `other` (from "Should I take the call?") decides whether to cite another offer; without it, the reason does.
    [
      '?co-goal=counter&co-reason=other-offer&co-other=none',
      { goal: 'counter', reason: 'other-offer', priorities: DEFAULT_ORDER, citeOtherOffer: false },
    ],
    [
      '?co-goal=explore&co-reason=other-offer&co-other=holding',
      { goal: 'explore', reason: 'other-offer', priorities: DEFAULT_ORDER, citeOtherOffer: true },
    ],
    [
      '?co-goal=counter&co-reason=other-offer&co-other=accepted',
      { goal: 'counter', reason: 'other-offer', priorities: DEFAULT_ORDER, citeOtherOffer: false },
    ],
    [
      '?co-goal=counter&co-reason=pay&co-other=Holding',
      { goal: 'counter', reason: 'pay', priorities: DEFAULT_ORDER, citeOtherOffer: true },
    ],
    [
      '?co-goal=counter&co-reason=level&co-other=none',
      {
        goal: 'counter',
        reason: 'level',
        priorities: ['level', 'base', 'equity', 'sign-on', 'other-terms'],
        citeOtherOffer: false,
      },
    ],
    [
      '?co-goal=counter&co-reason=other-offer&co-other=bogus',
      { goal: 'counter', reason: 'other-offer', priorities: DEFAULT_ORDER, citeOtherOffer: false },
    ],
    ['?co-goal=GOAL%20CLOSE-POLITELY', { goal: 'counter', priorities: DEFAULT_ORDER, citeOtherOffer: false }],
    [
      '?co-goal=Too-Late&co-reason=LEVEL',
      {
        goal: 'too-late',
        reason: 'level',
        priorities: ['level', 'base', 'equity', 'sign-on', 'other-terms'],
        citeOtherOffer: false,
      },
    ],
  ])('%j', (search, expected) => {
    expect(initialFromQuery(search)).toEqual(expected);
  });

  it.each([
    '?co-goal=quit&co-reason=boredom',
    '?co-goal=toString&co-reason=__proto__',
    '?co-goal=constructor',
    '?%E0%A4%A=%&&&==',
    '?goal',
    '???',
    'https://example.com/?goal=counter',
  ])('ignores unknown or malformed values in %j', (search) => {
    const initial = initialFromQuery(search);
    expect(initial.goal).toBe('counter');
    expect(initial.reason).toBeUndefined();
    expect(initial.priorities).toEqual(DEFAULT_ORDER);
  });

  it('omits reason entirely (rather than setting undefined) so it can be spread onto a state', () => {
    expect('reason' in initialFromQuery('?co-goal=counter')).toBe(false);
  });

  it('accepts URLSearchParams', () => {
    expect(initialFromQuery(new URLSearchParams({ 'co-goal': 'too-late' })).goal).toBe('too-late');
  });

  it('uses the first value when a parameter repeats', () => {
    expect(initialFromQuery('?co-reason=level&co-reason=fit').reason).toBe('level');
  });
});

describe('links from "Should I take the call?"', () => {
  const links = allCallSituations().flatMap((answers) => {
    const link = counterofferLink(answers, adviseOnCall(answers));
    return link ? [[link, answers.otherOffer] as const] : [];
  });

  it.each(links)('%s cites another offer only when the reader holds one', (link, otherOffer) => {
    expect(initialFromQuery(link).citeOtherOffer).toBe(otherOffer === 'holding');
  });
});

describe('sharing a page with the call widget', () => {
  it.each<[string, boolean, string[]]>([
    ['?co-goal=counter&co-reason=pay', true, ['co-goal', 'co-reason']],
    ['?call-status=declined&call-reason=pay', false, []],
    ['', false, []],
  ])(
    '%s: hands off %s, and only the builder’s own parameters are dropped once read',
    (search, handoff, dropped) => {
      const params = new URLSearchParams(search);
      expect(hasHandoff(params)).toBe(handoff);
      const after = new URL(addressAfterReading(`https://x.test/${search}`, true)).searchParams;
      expect([...params.keys()].filter((name) => !after.has(name))).toEqual(dropped);
    },
  );
});

describe('the address once the builder has read it', () => {
  it.each([
    ['https://x.test/tools/counteroffer/#s=abc', 'https://x.test/tools/counteroffer/'],
    [
      'https://x.test/tools/counteroffer/?co-goal=counter&co-reason=pay',
      'https://x.test/tools/counteroffer/',
    ],
    [
      'https://x.test/issues/57/?call-status=declined&co-goal=counter#s=abc',
      'https://x.test/issues/57/?call-status=declined',
    ],
    ['https://x.test/issues/57/#be-ready', 'https://x.test/issues/57/#be-ready'],
  ])('%s becomes %s once the reader has changed or kept a link’s numbers', (href, after) => {
    expect(addressAfterReading(href, false)).toBe(after);
  });

  it('keeps a link untouched in the address, so a reload shows its numbers again', () => {
    expect(addressAfterReading('https://x.test/tools/counteroffer/?co-goal=counter#s=abc', true)).toBe(
      'https://x.test/tools/counteroffer/#s=abc',
    );
  });
});
