import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCallSituations,
  CALL_OTHER_OFFERS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
  CALL_QUERY_PARAMS,
  answeredSoFar,
  formatCallQuery,
  parseCallAnswers,
  type CallAnswers,
} from '../../../src/lib/call-advice/index.ts';

describe('parseCallAnswers', () => {
  it.each([
    ['', {}],
    ['?', {}],
    [
      '?call-status=declined&call-reason=level&call-other=none&call-join=yes',
      { status: 'declined', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' },
    ],
    [
      'call-status=declined&call-reason=level&call-other=none&call-join=yes',
      { status: 'declined', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' },
    ],
    [
      '?call-join=maybe&call-other=holding&call-reason=fit&call-status=undecided',
      { status: 'undecided', reason: 'fit', otherOffer: 'holding', wouldJoin: 'maybe' },
    ],
    // Later answers are kept even when an earlier one is missing; the widget picks the step to show.
    ['?call-reason=pay&call-join=no', { reason: 'pay', wouldJoin: 'no' }],
    [
      '?call-status=declined&call-other=accepted&call-join=yes',
      { status: 'declined', otherOffer: 'accepted' },
    ],
    ['?call-status=declined&call-status=undecided', { status: 'declined' }],
    ['?call-status=bogus&call-status=undecided&call-status=declined', { status: 'undecided' }],
    ['?call-reason=other%2Doffer', { reason: 'other-offer' }],
    ['?call-reason=%6C%65%76%65%6C', { reason: 'level' }],
    ['?call-%72eason=fit', { reason: 'fit' }],
    ['?call-reason=pay&call-other=none', { reason: 'pay', otherOffer: 'none' }],
    ['?call-status=%20Declined%20', { status: 'declined' }],
    ['?call-reason=other+offer', {}],
    ['?otherOffer=none&wouldJoin=yes&utm_source=mail&goal=counter', {}],
    ['?call-status=declined&utm_source=mail', { status: 'declined' }],
    ['?call-status=declined#why', { status: 'declined' }],
    ['?call-status=%E0%A4%A&call-reason=%', {}],
    ['?CALL-STATUS=declined', {}],
    // Names without the prefix were never published: they are not the widget's answers.
    ['?status=declined&reason=level&other=none&join=yes', {}],
    ['?call-status', {}],
    ['?call-status=&call-reason=pay', { reason: 'pay' }],
    ['?=declined&&&call-status==declined', {}],
    ['??call-status=declined', {}],
    ['<script>alert(1)</script>', {}],
    [
      '?call-status=declined&call-reason=level&call-other=none&call-join=yes&call-status=undecided',
      { status: 'declined', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' },
    ],
    ['?__proto__=x&constructor=y&toString=z', {}],
  ] satisfies [string, Partial<CallAnswers>][])('%j → %o', (search, expected) => {
    const parsed = parseCallAnswers(search);
    expect(parsed).toEqual(expected);
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(expected).sort());
  });

  it('never throws and only returns values the widget offers', () => {
    const key = fc.constantFrom(
      'call-status',
      'call-reason',
      'call-other',
      'call-join',
      'x',
      '',
      '%',
      '__proto__',
    );
    const value = fc.oneof(
      fc.constantFrom(...CALL_STATUSES, ...CALL_REASONS, ...CALL_OTHER_OFFERS, ...CALL_WOULD_JOIN),
      fc.string({ unit: 'binary' }),
    );
    const queryish = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string(), queryish),
        fc.boolean(),
        (raw, withMark) => {
          const parsed = parseCallAnswers(withMark ? `?${raw}` : raw);
          if (parsed.status !== undefined) expect(CALL_STATUSES).toContain(parsed.status);
          if (parsed.reason !== undefined) expect(CALL_REASONS).toContain(parsed.reason);
          if (parsed.otherOffer !== undefined) expect(CALL_OTHER_OFFERS).toContain(parsed.otherOffer);
          if (parsed.wouldJoin !== undefined) {
            expect(CALL_WOULD_JOIN).toContain(parsed.wouldJoin);
            expect(parsed.otherOffer).not.toBe('accepted');
          }
        },
      ),
      { numRuns: 2000 },
    );
    // Thousands of runs: on a busy shared machine this takes seconds, not milliseconds.
  }, 60_000);

  it('tolerates non-string input from untyped callers', () => {
    expect(parseCallAnswers(undefined as unknown as string)).toEqual({});
    expect(parseCallAnswers(42 as unknown as string)).toEqual({});
  });
});

describe('formatCallQuery', () => {
  it.each([
    [{}, ''],
    [
      { status: 'declined', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' },
      '?call-status=declined&call-reason=level&call-other=none&call-join=yes',
    ],
    [{ wouldJoin: 'no', reason: 'other-offer' }, '?call-reason=other-offer&call-join=no'],
    [
      { status: 'undecided', otherOffer: 'accepted', wouldJoin: 'yes' },
      '?call-status=undecided&call-other=accepted',
    ],
  ] satisfies [Partial<CallAnswers>, string][])('%o → %j', (partial, query) => {
    expect(formatCallQuery(partial)).toBe(query);
  });

  it('skips values the widget never offers', () => {
    expect(formatCallQuery({ status: 'nope', reason: 'pay' } as unknown as CallAnswers)).toBe(
      '?call-reason=pay',
    );
  });

  it.each(allCallSituations().map((a) => [formatCallQuery(a), a] as const))(
    'round-trips %s',
    (query, answers) => {
      expect(parseCallAnswers(query)).toEqual(answers);
    },
  );

  const validPartial: fc.Arbitrary<Partial<CallAnswers>> = fc
    .record(
      {
        status: fc.constantFrom(...CALL_STATUSES),
        reason: fc.constantFrom(...CALL_REASONS),
        otherOffer: fc.constantFrom(...CALL_OTHER_OFFERS),
        wouldJoin: fc.constantFrom(...CALL_WOULD_JOIN),
      },
      { requiredKeys: [] },
    )
    .map((partial) => {
      if (partial.otherOffer !== 'accepted') return partial;
      const { wouldJoin: _dropped, ...rest } = partial;
      return rest;
    });

  it('round-trips any valid partial, and formats in step order', () => {
    fc.assert(
      fc.property(validPartial, (partial) => {
        const query = formatCallQuery(partial);
        expect(parseCallAnswers(query)).toEqual(partial);
        expect(parseCallAnswers(query.slice(1))).toEqual(partial);
        expect(query === '').toBe(Object.keys(partial).length === 0);
        const names = query
          .slice(1)
          .split('&')
          .filter(Boolean)
          .map((pair) => pair.split('=')[0]);
        const order = ['call-status', 'call-reason', 'call-other', 'call-join'];
        expect(names).toEqual(order.filter((name) => names.includes(name)));
      }),
    );
  }, 60_000);

  it('normalizes any query: formatting what was parsed is stable', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const once = formatCallQuery(parseCallAnswers(raw));
        expect(formatCallQuery(parseCallAnswers(once))).toBe(once);
      }),
    );
  }, 60_000);
});

it('keeps none of the builder’s parameters as answers on a page both widgets share', () => {
  expect(parseCallAnswers('?co-goal=counter&co-reason=pay&co-other=holding&co-status=declined')).toEqual({});
});

it('takes no answer a step doesn’t offer: no "no other offer" after "Another offer is better"', () => {
  const query = '?call-status=declined&call-reason=other-offer&call-other=none&call-join=yes';
  expect(answeredSoFar(parseCallAnswers(query))).toEqual({ status: 'declined', reason: 'other-offer' });
});

it('names each answer with the call- prefix, apart from the builder’s co- names', () => {
  for (const name of Object.values(CALL_QUERY_PARAMS)) expect(name).toMatch(/^call-[a-z]+$/);
});
