import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONEY_FIELDS,
  PRIORITIES,
  REASONS,
  defaultState,
  emptyOfferInput,
  normalisePriorities,
  NO_OFFER,
  parseOffer,
  type OfferInput,
} from '../../../src/lib/counteroffer/index.ts';
import { CALL_QUESTIONS, CALL_REASONS } from '../../../src/lib/call-advice/index.ts';
import { VESTING_PRESETS } from '../../../src/lib/offer/index.ts';

// What the builder computes with (parseOffer, as it runs): the pay terms, or each field’s message.
function toTerms(offer: OfferInput, locale: string) {
  const { offer: parsed, errors } = parseOffer(offer, locale, NO_OFFER);
  const { base, bonusPercent, signOn, relocation, equityGrant, vesting } = parsed;
  const terms = { base, bonusPercent, signOn, relocation, equityGrant, vesting };
  return Object.keys(errors).length > 0 ? { ok: false as const, errors } : { ok: true as const, terms };
}

function input(overrides: Partial<OfferInput> = {}): OfferInput {
  return { ...emptyOfferInput(), ...overrides };
}

describe('defaultState', () => {
  it('starts empty, as a counter, in the given currency', () => {
    const state = defaultState('EUR');
    expect(state).toMatchObject({
      currency: 'EUR',
      company: '',
      goal: 'counter',
      citeOtherOffer: false,
      nameOtherCompany: false,
      other: null,
    });
    expect(state.priorities).toEqual(PRIORITIES);
    expect('reason' in state).toBe(false);
  });

  it('hands out independent copies', () => {
    const a = defaultState('USD');
    a.offer.customVesting.push('1');
    a.priorities.reverse();
    expect(defaultState('USD').offer.customVesting).toEqual(['25', '25', '25', '25']);
    expect(defaultState('USD').priorities).toEqual(PRIORITIES);
  });
});

describe('priorities', () => {
  it.each([
    [[], PRIORITIES],
    [['equity'], ['equity', 'base', 'level', 'sign-on', 'other-terms']],
    [
      ['other-terms', 'other-terms', 'nonsense', 3, null, 'level'],
      ['other-terms', 'level', 'base', 'equity', 'sign-on'],
    ],
  ])('normalisePriorities(%j) is a full ordering', (list, expected) => {
    expect(normalisePriorities(list)).toEqual(expected);
  });
});

describe('toTerms', () => {
  it('parses every field in the locale', () => {
    const result = toTerms(
      input({
        base: '185.000',
        bonusPercent: '12,5',
        signOn: '20.000 €',
        relocation: '',
        equityGrant: '100k',
        vestingPreset: 'back-weighted',
      }),
      'de-DE',
    );
    expect(result).toEqual({
      ok: true,
      terms: {
        base: 185_000,
        bonusPercent: 12.5,
        signOn: 20_000,
        relocation: 0,
        equityGrant: 100_000,
        vesting: VESTING_PRESETS['back-weighted'],
      },
    });
  });

  it('counts an empty offer as all zeros with even 4-year vesting', () => {
    expect(toTerms(emptyOfferInput(), 'en-US')).toEqual({
      ok: true,
      terms: {
        base: 0,
        bonusPercent: 0,
        signOn: 0,
        relocation: 0,
        equityGrant: 0,
        vesting: [0.25, 0.25, 0.25, 0.25],
      },
    });
  });

  it('uses custom vesting when chosen', () => {
    const result = toTerms(
      input({ vestingPreset: 'custom', customVesting: ['10', '20', '30', '40'] }),
      'en-US',
    );
    expect(result.ok && result.terms.vesting).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('does not hand out the shared preset array', () => {
    const result = toTerms(emptyOfferInput(), 'en-US');
    expect(result.ok && result.terms.vesting).not.toBe(VESTING_PRESETS['even-4y']);
  });

  it('reports a message per broken field', () => {
    expect(
      toTerms(
        input({
          base: 'lots',
          bonusPercent: '120',
          signOn: '-5',
          relocation: '500m',
          equityGrant: '10000',
          vestingPreset: 'custom',
          customVesting: ['50', '40'],
        }),
        'en-US',
      ),
    ).toEqual({
      ok: false,
      errors: {
        base: 'Enter an amount, like 185,000',
        bonusPercent: 'That’s over 100% — check the percentage',
        signOn: 'The amount can’t be negative',
        relocation: 'That’s over 100 million — check the amount',
        customVesting: 'The yearly percentages add up to 90% — they need to add up to 100%',
      },
    });
  });

  it('ignores a broken custom schedule when a preset is chosen', () => {
    expect(toTerms(input({ customVesting: ['x'] }), 'en-US').ok).toBe(true);
  });
});

describe('parseOffer', () => {
  it.each<[Partial<OfferInput>, object, object]>([
    [{}, NO_OFFER, {}],
    [
      { base: '185.000', bonusPercent: '12,5', signOn: '0' },
      { ...NO_OFFER, base: 185_000, bonusPercent: 12.5 },
      {},
    ],
    [
      { base: 'lots', relocation: ' ', equityGrant: '-1', vestingPreset: 'custom', customVesting: ['60'] },
      { ...NO_OFFER, vesting: undefined },
      {
        base: 'Enter an amount, like 185.000',
        equityGrant: 'The amount can’t be negative',
        customVesting: 'The yearly percentages add up to 60% — they need to add up to 100%',
      },
    ],
  ])('%j (de-DE): values %j, errors %j', (typed, values, errors) => {
    expect(parseOffer(input(typed), 'de-DE')).toEqual({ offer: values, errors });
  });

  it('reads blank amounts as 0, so the message never asks for an amount nobody typed', () => {
    fc.assert(
      fc.property(fc.subarray([...MONEY_FIELDS]), (blank) => {
        const typed = input(
          Object.fromEntries(MONEY_FIELDS.map((f) => [f, blank.includes(f) ? '' : '1000'])),
        );
        const { offer } = parseOffer(typed, 'en-US');
        for (const field of MONEY_FIELDS) expect(offer[field]).toBe(blank.includes(field) ? 0 : 1000);
      }),
    );
  });

  it('reads a field that doesn’t validate as blank, or as its previous value when given', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, bonus) => {
        const typed = input({ base, bonusPercent: bonus });
        const { offer, errors } = parseOffer(typed, 'en-US');
        const previous = { ...NO_OFFER, base: 7, bonusPercent: 8 };
        const kept = parseOffer(typed, 'en-US', previous).offer;
        if (errors.base) expect([offer.base, kept.base]).toEqual([0, 7]);
        if (errors.bonusPercent) expect([offer.bonusPercent, kept.bonusPercent]).toEqual([0, 8]);
        expect(toTerms(input({ base, bonusPercent: bonus }), 'en-US').ok).toBe(
          Object.keys(errors).length === 0,
        );
      }),
    );
  });
});

describe('reasons', () => {
  it('are the reasons "Should I take the call?" asks about, so the two widgets cannot drift', () => {
    expect(REASONS).toBe(CALL_REASONS);
    const question = CALL_QUESTIONS.find((q) => q.key === 'reason');
    expect(question?.options.map((option) => option.value)).toEqual([...CALL_REASONS]);
  });
});
