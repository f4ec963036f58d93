import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  VESTING_PRESETS,
  formatMoney,
  summarise,
  parseMoney,
  NO_OFFER,
  type Offer,
} from '../../../src/lib/offer/index.ts';

const yearlyTotals = (offer: Offer, years?: number) => summarise(offer, years).years.map((row) => row.total);

const amount = fc.double({ min: 0, max: 100_000_000, noNaN: true, noDefaultInfinity: true });

// Either a preset or positive integer weights scaled to sum to 1, as the custom editor produces.
const vesting = fc.oneof(
  fc.constantFrom(...Object.values(VESTING_PRESETS)),
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 }).map((weights) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => w / sum);
  }),
);

const validTerms: fc.Arbitrary<Offer> = fc
  .record({
    base: amount,
    bonusPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    signOn: amount,
    relocation: amount,
    equityGrant: amount,
    vesting,
  })
  .map((pay) => ({ ...NO_OFFER, ...pay }));

describe('yearlyTotals properties', () => {
  it('totals are finite and non-negative for valid terms', () => {
    fc.assert(
      fc.property(validTerms, fc.integer({ min: 0, max: 15 }), (terms, years) => {
        for (const total of yearlyTotals(terms, years)) {
          expect(Number.isFinite(total)).toBe(true);
          expect(total).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('over at least the vesting period, totals add up to every component exactly once', () => {
    fc.assert(
      fc.property(validTerms, fc.integer({ min: 0, max: 5 }), (terms, extraYears) => {
        const years = (terms.vesting?.length ?? 0) + extraYears;
        const sum = yearlyTotals(terms, years).reduce((a, b) => a + b, 0);
        const bonus = (terms.base * terms.bonusPercent) / 100;
        const expected =
          terms.base * years + bonus * years + terms.equityGrant + terms.signOn + terms.relocation;
        expect(Math.abs(sum - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
    );
  });
});

describe('formatMoney → parseMoney', () => {
  it.each(['en-US', 'de-DE', 'fr-FR', 'en-IN'])('round-trips integers in %s', (locale) => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...CURRENCIES), (value, currency) => {
        expect(parseMoney(formatMoney(value, currency, locale), locale)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
