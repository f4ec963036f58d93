import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_GOALS,
  PRIORITIES,
  REASONS,
  STATE_VERSION,
  TEXT_LIMITS,
  VESTING_CHOICES,
  decodeState,
  defaultState,
  encodeState,
  type CounterofferState,
  type OfferInput,
  emptyOfferInput,
} from '../../../src/lib/counteroffer/index.ts';
import { CURRENCIES, isCurrencyCode } from '../../../src/lib/offer/index.ts';

const toBase64Url = (text: string) => Buffer.from(text).toString('base64url');

// "binary" covers every code point, lone surrogates included; maxLength counts code points, as the caps do.
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const offerInput: fc.Arbitrary<OfferInput> = fc.record({
  base: text(TEXT_LIMITS.money),
  bonusPercent: text(TEXT_LIMITS.money),
  signOn: text(TEXT_LIMITS.money),
  relocation: text(TEXT_LIMITS.money),
  equityGrant: text(TEXT_LIMITS.money),
  vestingPreset: fc.constantFrom(...VESTING_CHOICES),
  customVesting: fc.array(text(TEXT_LIMITS.vestingYear), { maxLength: TEXT_LIMITS.vestingYears }),
  level: text(TEXT_LIMITS.level),
  otherTerms: text(TEXT_LIMITS.otherTerms),
});

const validState: fc.Arbitrary<CounterofferState> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    company: text(TEXT_LIMITS.name),
    contact: text(TEXT_LIMITS.name),
    yourName: text(TEXT_LIMITS.name),
    goal: fc.constantFrom(...CALL_GOALS),
    reason: fc.option(fc.constantFrom(...REASONS), { nil: undefined }),
    priorities: fc.shuffledSubarray([...PRIORITIES], { minLength: PRIORITIES.length }),
    citeOtherOffer: fc.boolean(),
    nameOtherCompany: fc.boolean(),
    otherCompany: text(TEXT_LIMITS.name),
    offer: offerInput,
    counter: offerInput,
    other: fc.option(offerInput, { nil: null }),
  })
  .map(({ reason, ...rest }) => (reason === undefined ? rest : { ...rest, reason }));

function decodeWire(wire: unknown): CounterofferState {
  const result = decodeState(toBase64Url(JSON.stringify(wire)));
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

describe('encodeState / decodeState', () => {
  it('round-trips the default state in a short, URL-safe string', () => {
    const encoded = encodeState(defaultState('USD'));
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(40);
    expect(decodeState(encoded)).toEqual({ ok: true, state: defaultState('USD') });
  });

  it('round-trips unicode text', () => {
    const state: CounterofferState = {
      ...defaultState('INR'),
      company: 'Ünïcødé GmbH 🚀',
      contact: 'प्रिया',
      yourName: '山田 太郎',
      reason: 'level',
    };
    state.counter.otherTerms = 'Remote 🏡\nFour-day week';
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
  });

  it('accepts the fragment with its leading "#"', () => {
    const state = { ...defaultState('EUR'), company: 'Acme' };
    expect(decodeState(`#${encodeState(state)}`)).toEqual({ ok: true, state });
  });

  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const encoded = encodeState(state);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeState(encoded)).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('caps long text when encoding', () => {
    const state = { ...defaultState('USD'), company: 'x'.repeat(500) };
    state.counter.otherTerms = '🙂'.repeat(5000);
    const decoded = decodeState(encodeState(state));
    expect(decoded.ok && decoded.state.company).toBe('x'.repeat(TEXT_LIMITS.name));
    expect(decoded.ok && decoded.state.counter.otherTerms).toBe('🙂'.repeat(TEXT_LIMITS.otherTerms));
  });

  it('writes the version', () => {
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(encodeState(defaultState('USD')).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
        c.charCodeAt(0),
      ),
    );
    expect(JSON.parse(json)).toMatchObject({ v: STATE_VERSION });
  });
});

describe('decodeState repairs what it can', () => {
  it('falls back field by field', () => {
    const state = decodeWire({
      v: 1,
      currency: 'dollars',
      company: 42,
      contact: 'Priya',
      goal: 'shout',
      reason: 'boredom',
      priorities: ['other-terms', 'oops', 'level', 'level'],
      citeOtherOffer: 'yes',
      nameOtherCompany: true,
      otherCompany: ['Globex'],
      offer: {
        base: '180000',
        bonusPercent: null,
        vestingPreset: 'forever',
        customVesting: ['50', 7, '50'],
        level: 'x'.repeat(1000),
        extra: 1,
      },
      counter: 'not an object',
      other: [],
      unknown: { deeply: ['nested'] },
    });
    expect(state).toEqual({
      ...defaultState('USD'),
      contact: 'Priya',
      priorities: ['other-terms', 'level', 'base', 'equity', 'sign-on'],
      nameOtherCompany: true,
      offer: {
        ...defaultState('USD').offer,
        base: '180000',
        customVesting: ['50', '50'],
        level: 'x'.repeat(TEXT_LIMITS.level),
      },
      other: null,
    });
  });

  it('upper-cases a lower-case currency code', () => {
    expect(decodeWire({ v: 1, currency: 'eur' }).currency).toBe('EUR');
  });

  it('keeps at most the allowed number of vesting years', () => {
    const state = decodeWire({
      v: 1,
      offer: { customVesting: Array.from({ length: 50 }, () => '123456789012') },
    });
    expect(state.offer.customVesting).toHaveLength(TEXT_LIMITS.vestingYears);
    expect(state.offer.customVesting[0]).toBe('12345678');
  });
});

describe('decodeState refuses what it cannot read', () => {
  it.each([
    ['', 'There is no saved state to read.'],
    ['#', 'There is no saved state to read.'],
    ['not base64!', 'The link is incomplete or damaged.'],
    ['a', 'The link is incomplete or damaged.'],
    [toBase64Url('{"v":1'), 'The link is incomplete or damaged.'],
    [toBase64Url('[1,2,3]'), 'The link is incomplete or damaged.'],
    [toBase64Url('null'), 'The link is incomplete or damaged.'],
    [toBase64Url('"v"'), 'The link is incomplete or damaged.'],
    [toBase64Url('{}'), 'The link has no version, so it can’t be read safely.'],
    [toBase64Url('{"v":"1"}'), 'The link has no version, so it can’t be read safely.'],
    [toBase64Url('{"v":0.5}'), 'The link has no version, so it can’t be read safely.'],
    [toBase64Url('{"v":99}'), 'The link was made by a newer version of this page — try reloading.'],
    ['_w', 'The link is incomplete or damaged.'], // 0xFF: not UTF-8
    ['A'.repeat(100_001), 'The link is too long to be one of ours.'],
  ])('%j', (input, reason) => {
    expect(decodeState(input)).toEqual({ ok: false, reason });
  });

  it('never throws on non-string input from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(decodeState(value as unknown as string).ok).toBe(false);
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof decodeState(input).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on base64url-encoded junk, and whatever it accepts is a valid state that round-trips', () => {
    const keys = Object.keys({ ...defaultState('USD'), reason: 0, status: 0, basis: 0, ladder: 0 });
    const wire = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()).map((fields) => ({ ...fields, v: 1 })),
    );
    fc.assert(
      fc.property(wire, (value) => {
        const result = decodeState(toBase64Url(JSON.stringify(value) ?? ''));
        if (!result.ok) return;
        const { state } = result;
        expect(isCurrencyCode(state.currency)).toBe(true);
        expect(CALL_GOALS).toContain(state.goal);
        expect([...state.priorities].sort()).toEqual([...PRIORITIES].sort());
        expect(VESTING_CHOICES).toContain(state.counter.vestingPreset);
        expect(state.offer.customVesting.length).toBeLessThanOrEqual(TEXT_LIMITS.vestingYears);
        expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
      }),
      { numRuns: 500 },
    );
  });

  it('survives a truncated or corrupted link', () => {
    const state = { ...defaultState('USD'), company: 'Acme', contact: 'Priya' };
    const encoded = encodeState(state);
    fc.assert(
      fc.property(fc.nat({ max: encoded.length }), fc.string({ maxLength: 4 }), (cut, noise) => {
        const result = decodeState(encoded.slice(0, cut) + noise);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('the codec keeps what the builder added, and reads saves from before it', () => {
  it('round-trips terms beyond pay, the status, the basis, the deadline, the ladder and a confirmation', () => {
    const state: CounterofferState = {
      ...defaultState('USD'),
      goal: 'explore',
      status: 'declined',
      basis: 'market',
      deadline: '2026-12-01',
      ladder: ['L3', 'L4', 'L5'],
      confirmedLower: 'abc123',
      counter: {
        ...emptyOfferInput(),
        title: 'Staff Engineer',
        startDate: '2027-01-15',
        remoteDays: '3',
        timeOff: '25',
        equityRefresh: '20000',
        reviewMonths: '6',
      },
    };
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
  });

  it('reads a save from before those fields as blank, and a cv: [] as a schedule with no years', () => {
    const old = toBase64Url(
      JSON.stringify({
        v: 1,
        currency: 'USD',
        goal: 'counter',
        offer: { base: '100000', vestingPreset: 'custom', customVesting: [] },
      }),
    );
    const result = decodeState(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.offer.customVesting).toEqual([]);
    expect(result.state.offer.title).toBeUndefined();
    expect(result.state.status).toBeUndefined();
    expect(result.state.ladder).toBeUndefined();
  });
});
