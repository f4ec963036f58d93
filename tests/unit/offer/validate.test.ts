import { describe, expect, it } from 'vitest';
import {
  MAX_MONEY,
  siteDate,
  validateCustomVesting,
  validateMoney,
  validatePercent,
} from '../../../src/lib/offer/index.ts';

describe('validateMoney', () => {
  it.each([
    ['185,000', 'en-US', 185_000],
    ['$100,000,000', 'en-US', MAX_MONEY],
    ['0', 'en-US', 0],
    ['85.000,50', 'de-DE', 85_000.5],
  ])('accepts %j in %s', (text, locale, value) => {
    expect(validateMoney(text, locale)).toEqual({ ok: true, value });
  });

  it.each(['', '   '])('treats empty %j as 0 because money fields are optional by default', (text) => {
    expect(validateMoney(text, 'en-US')).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['abc', 'en-US', 'Enter an amount, like 185,000'],
    ['12..3', 'en-US', 'Enter an amount, like 185,000'],
    ['abc', 'de-DE', 'Enter an amount, like 185.000'],
    ['-5', 'en-US', 'The amount can’t be negative'],
    ['-$5,000', 'en-US', 'The amount can’t be negative'],
    ['100,000,001', 'en-US', 'That’s over 100 million — check the amount'],
    ['1bn', 'en-US', 'That’s over 100 million — check the amount'],
  ])('rejects %j in %s with a clear message', (text, locale, message) => {
    expect(validateMoney(text, locale)).toEqual({ ok: false, message });
  });
});

describe('validatePercent', () => {
  it.each([
    ['15', 15],
    ['12.5%', 12.5],
    ['0', 0],
    ['100', 100],
    ['', 0],
  ])('accepts %j', (text, value) => {
    expect(validatePercent(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['lots', 'Enter a percentage, like 15'],
    ['-1', 'The percentage can’t be negative'],
    ['100.5', 'That’s over 100% — check the percentage'],
  ])('rejects %j', (text, message) => {
    expect(validatePercent(text)).toEqual({ ok: false, message });
  });
});

describe('validateCustomVesting', () => {
  it.each([
    [
      ['25', '25', '25', '25'],
      [0.25, 0.25, 0.25, 0.25],
    ],
    [
      ['10%', '20%', '30%', '40%'],
      [0.1, 0.2, 0.3, 0.4],
    ],
    [['100'], [1]],
    [
      ['50', '', '50'],
      [0.5, 0, 0.5],
    ],
  ])('accepts %j as fractions', (percents, fractions) => {
    const result = validateCustomVesting(percents);
    expect(result.ok).toBe(true);
    if (result.ok) result.value.forEach((f, i) => expect(f).toBeCloseTo(fractions[i] ?? NaN, 12));
  });

  it('accepts thirds typed to two decimals and normalises them to sum to 1', () => {
    const result = validateCustomVesting(['33.33', '33.33', '33.33']);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.each([
    [[], 'The yearly percentages add up to 0% — they need to add up to 100%'],
    [Array.from({ length: 11 }, () => '9'), 'Use at most 10 years'],
    [['25', 'x', '25', '25'], 'Year 2: enter a percentage from 0 to 100'],
    [['-10', '110'], 'Year 1: enter a percentage from 0 to 100'],
    [['25', '25', '150'], 'Year 3: enter a percentage from 0 to 100'],
    [['25', '25', '40'], 'The yearly percentages add up to 90% — they need to add up to 100%'],
    [['50', '50', '12.5'], 'The yearly percentages add up to 112.5% — they need to add up to 100%'],
    [['', ''], 'The yearly percentages add up to 0% — they need to add up to 100%'],
  ])('rejects %j: %s', (percents, message) => {
    expect(validateCustomVesting(percents)).toEqual({ ok: false, message });
  });
});

describe('siteDate', () => {
  it.each([
    ['2026-11-25', '25 November 2026'],
    ['2027-03-01', '1 March 2027'],
    ['', ''],
    ['25/11/2026', ''],
  ])('writes %j as %j', (iso, written) => {
    expect(siteDate(iso)).toBe(written);
  });
});
