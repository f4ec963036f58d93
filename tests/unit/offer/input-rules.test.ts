import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateCustomVesting,
  validateDate,
  validateMoney,
  validatePercent,
  validateWhole,
  vestingYears,
} from '../../../src/lib/offer/index.ts';

const three = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));

describe('every input rule, as properties', () => {
  it('reads a percentage with a thousands separator as over 100 %, never as its first digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), three, fc.constantFrom(',', '.'), (lead, group, sep) => {
        expect(validatePercent(`${lead}${sep}${group}`)).toEqual({
          ok: false,
          message: 'That’s over 100% — check the percentage',
        });
      }),
    );
  });

  it.each([
    ['1,000', false],
    ['1.000', false],
    ['12.5', true],
    ['0.125', true],
    ['12,5 %', true],
  ])('percentage %j is accepted: %s', (text, ok) => {
    expect(validatePercent(text).ok).toBe(ok);
  });

  it.each([
    ['en-US', '.', ','],
    ['de-DE', ',', '.'],
    ['fr-FR', ',', ' '],
  ])(
    'in %s, one "%s" before three digits asks which was meant; grouping reads as thousands',
    (locale, decimal, group) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 999 }), three, (lead, rest) => {
          const asked = validateMoney(`${lead}${decimal}${rest}`, locale);
          expect(asked.ok).toBe(false);
          if (!asked.ok) expect(asked.message).toMatch(/^Did you mean /);
          expect(validateMoney(`${lead}${group}${rest}`, locale)).toEqual({
            ok: true,
            value: lead * 1000 + Number(rest),
          });
        }),
      );
    },
  );

  it('asks "185.000" in en-US instead of reading 185', () => {
    expect(validateMoney('185.000', 'en-US')).toEqual({
      ok: false,
      message: 'Did you mean 185,000 or 185? Type 185000 or 185.00',
    });
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH', 'ja-JP'])(
    'reads back every amount %s formats with its grouping',
    (locale) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100_000_000 }), (amount) => {
          const text = new Intl.NumberFormat(locale).format(amount);
          expect(validateMoney(text, locale)).toEqual({ ok: true, value: amount });
        }),
      );
    },
  );

  it('always leaves a year to fix in custom vesting, and accepts any whole split of 100', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', '10', 'x', '50'), { maxLength: 10 }), (years) => {
        const result = validateCustomVesting(years);
        expect(vestingYears(years).length).toBeGreaterThanOrEqual(1);
        if (!result.ok) expect(result.message).not.toMatch(/Add at least one year/);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }), (weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const percents = weights.map((w, i) =>
          i === 0
            ? 100 - weights.slice(1).reduce((a, b) => a + Math.floor((b / sum) * 100), 0)
            : Math.floor((w / sum) * 100),
        );
        expect(validateCustomVesting(percents.map(String)).ok).toBe(true);
      }),
    );
  });

  it('says what to fix for no custom vesting years: the one empty year adds up to 0%', () => {
    expect(validateCustomVesting([])).toEqual({
      ok: false,
      message: 'The yearly percentages add up to 0% — they need to add up to 100%',
    });
  });

  it.each<[string, number, boolean, number | null]>([
    ['', 7, true, null],
    ['3', 7, true, 3],
    ['8', 7, false, null],
    ['2.5', 7, false, null],
    ['-1', 7, false, null],
    ['25', 365, true, 25],
  ])('whole number %j up to %d: ok %s', (text, max, ok, value) => {
    const result = validateWhole(text, max, '2');
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.value).toBe(value);
  });

  it.each([
    ['', true],
    ['2027-01-15', true],
    ['2027-02-30', false],
    ['15/01/2027', false],
  ])('date %j is valid: %s', (text, ok) => {
    expect(validateDate(text).ok).toBe(ok);
  });
});
