import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultState,
  mapAmounts,
  plainAmount,
  tidyAmount,
  type CounterofferState,
} from '../../../src/lib/counteroffer/index.ts';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'es-ES', 'pl-PL', 'de-CH', 'ja-JP'];

function state(patch: Partial<CounterofferState> = {}): CounterofferState {
  return { ...defaultState('USD'), ...patch };
}

describe('amounts in links', () => {
  it.each([
    ['185.000', 'de-DE', '185000', 'en-US', '185,000'],
    ['1.234,5', 'de-DE', '1234.5', 'en-US', '1,234.5'],
    ['$185,000', 'en-US', '185000', 'de-DE', '185.000'],
    ['12,34,567', 'en-IN', '1234567', 'fr-FR', '1 234 567'],
    ['185k', 'en-US', '185000', 'en-IN', '1,85,000'],
  ])('%s (%s) travels as %s and opens as %s %s', (typed, from, plain, to, shown) => {
    expect(plainAmount(typed, from)).toBe(plain);
    expect(tidyAmount(plain, to).normalize('NFKC')).toBe(shown);
  });

  it.each([
    ['', ''],
    ['about 5', 'about 5'],
    ['-5', '-5'],
    ['  ', '  '],
  ])('leaves blank and invalid text %j as typed', (text, kept) => {
    expect(plainAmount(text, 'en-US')).toBe(kept);
    expect(tidyAmount(text, 'en-US')).toBe(kept);
  });

  it('rewrites every amount of every offer', () => {
    const typed = state({ other: { ...defaultState('USD').counter, signOn: '2,000' } });
    typed.offer.base = '1,000';
    const plain = mapAmounts(typed, (text) => plainAmount(text, 'en-US'));
    expect([plain.offer.base, plain.other?.signOn]).toEqual(['1000', '2000']);
  });

  it('reads back the same amount in every locale, however it was tidied', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...LOCALES),
        (whole, cents, locale) => {
          // Cents as an integer first: 4 + 94 / 100 is 4.9399999999999995, (400 + 94) / 100 is 4.94.
          const amount = String((whole * 100 + cents) / 100);
          expect(plainAmount(tidyAmount(amount, locale), locale)).toBe(amount);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and leaves what it cannot read as typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...LOCALES), (text, locale) => {
        const plain = plainAmount(text, locale);
        expect(plain === text || /^\d+(\.\d{1,2})?$/.test(plain)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
