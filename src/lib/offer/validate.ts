import { normaliseText, numberFormat, numberSymbols } from './locale.ts';
import { parseMoney, parsePercent } from './parse.ts';

/** Outcome of checking one field: the value, or a message to show next to it. */
export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

/** Amounts above this are almost always a typo (an extra zero or two). */
export const MAX_MONEY = 100_000_000;

/** Longest vesting schedule the custom editor accepts. */
export const MAX_VESTING_YEARS = 10;

// Thirds typed as 33.33 add up to 99.99; that is what the reader meant, so small misses are normalised away.
const VESTING_TOLERANCE = 0.1;

// A question for an amount whose only separator is this locale’s decimal one before exactly three
// digits ("185.000" in en-US): elsewhere that groups thousands, so the reader is asked, not given 185.
function ambiguousAmount(text: string, locale: string): string | null {
  const { decimal } = numberSymbols(locale);
  const match = /^[^\d]*?(\d{1,3})([.,])(\d{3})(?![\d.,])[^\d]*$/u.exec(normaliseText(text).trim());
  if (!match || match[2] !== decimal) return null;
  const whole = Number(`${match[1]}${match[3]}`);
  const small = Number(`${match[1]}.${match[3]}`);
  const plain = numberFormat(locale, { maximumFractionDigits: 3 });
  const cents = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  return `Did you mean ${plain.format(whole)} or ${plain.format(small)}? Type ${whole} or ${cents.format(small)}`;
}

// Blank is 0; text that doesn’t parse gets `notANumber`; a value below 0 or above `max` names the `noun` and the limit.
function checkNumber(
  text: string,
  value: number | null,
  notANumber: string,
  noun: string,
  max: number,
  limit: string,
): Validation<number> {
  if (text.trim() === '') return { ok: true, value: 0 };
  if (value === null) return { ok: false, message: notANumber };
  if (value < 0) return { ok: false, message: `The ${noun} can’t be negative` };
  if (value > max) return { ok: false, message: `That’s over ${limit} — check the ${noun}` };
  return { ok: true, value };
}

/** Checks a typed amount; empty counts as 0, negatives and amounts over 100 million are refused. */
export function validateMoney(text: string, locale: string): Validation<number> {
  const value = parseMoney(text, locale);
  const ambiguous = value === null ? null : ambiguousAmount(text, locale);
  if (ambiguous) return { ok: false, message: ambiguous };
  // The example follows the locale so a German reader sees "185.000", which they can copy as is.
  const notANumber = `Enter an amount, like ${numberFormat(locale).format(185_000)}`;
  return checkNumber(text, value, notANumber, 'amount', MAX_MONEY, '100 million');
}

/** Checks a typed percentage between 0 and 100; empty counts as 0. */
export function validatePercent(text: string): Validation<number> {
  return checkNumber(text, parsePercent(text), 'Enter a percentage, like 15', 'percentage', 100, '100%');
}

/** Checks yearly vesting percentages (empty years count as 0) and returns them as fractions that sum to exactly 1. */
export function validateCustomVesting(typed: readonly string[]): Validation<number[]> {
  // No years at all shows one empty year to fill in (see vestingYears), so it is checked as that.
  const percents = vestingYears(typed);
  if (percents.length > MAX_VESTING_YEARS) {
    return { ok: false, message: `Use at most ${MAX_VESTING_YEARS} years` };
  }
  const values: number[] = [];
  for (const [index, text] of percents.entries()) {
    const value = text.trim() === '' ? 0 : parsePercent(text);
    if (value === null || value < 0 || value > 100) {
      return { ok: false, message: `Year ${index + 1}: enter a percentage from 0 to 100` };
    }
    values.push(value);
  }
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > VESTING_TOLERANCE) {
    const shown = Math.round(sum * 100) / 100;
    return { ok: false, message: `The yearly percentages add up to ${shown}% — they need to add up to 100%` };
  }
  return { ok: true, value: values.map((value) => value / sum) };
}

/** The custom vesting years to show and check: at least one, so there is always a field to fix. */
export function vestingYears(percents: readonly string[]): string[] {
  return percents.length === 0 ? [''] : [...percents];
}

/** Checks a whole number from 0 to `max` (days, months); empty counts as unset (null). */
export function validateWhole(text: string, max: number, example: string): Validation<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const trimmed = normaliseText(text).trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number, like ${example}` };
  const value = Number(trimmed);
  if (value > max) return { ok: false, message: `Enter a number from 0 to ${max}` };
  return { ok: true, value };
}

/** Checks a date as a date field sends it (yyyy-mm-dd); empty counts as unset (null). */
export function validateDate(text: string): Validation<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over into March, so a real date is one that reads back the same.
  if (!date || date.toISOString().slice(0, 10) !== text.trim()) {
    return { ok: false, message: 'Enter a date, like 2026-12-01' };
  }
  return { ok: true, value: text.trim() };
}
