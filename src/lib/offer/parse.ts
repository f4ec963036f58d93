import { isCurrencyCode } from './currency.ts';
import { normaliseText, numberSymbols, type NumberSymbols } from './locale.ts';

// Longer input is never a real amount, and the cap keeps the regular expressions below cheap.
const MAX_INPUT_LENGTH = 100;

const MULTIPLIERS: Record<string, number> = { k: 3, m: 6, mm: 6, mn: 6, b: 9, bn: 9 };

// Letter-only currency markers people type that are not ISO codes.
const CURRENCY_WORDS = new Set(['RS', 'RS.', 'KR', 'KR.', 'FR.']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

// [sign] [currency] [sign] number [k|m|b] [currency]: the sign may sit either side of a
// leading symbol because both "-$5" and "$-5" are common.
function moneyPattern(symbols: NumberSymbols): RegExp {
  const key = symbols.group + symbols.decimal;
  const cached = patterns.get(key);
  if (cached) return cached;
  const currency = String.raw`\p{L}{0,3}\p{Sc}\p{L}{0,3}|\p{L}{2,3}\.?`;
  const body = String.raw`\d[\d\s.,'’${escape(symbols.group)}${escape(symbols.decimal)}]*`;
  const pattern = new RegExp(
    String.raw`^([-−])?\s*(${currency})?\s*([-−])?\s*(${body})\s*(?:(bn|mm|mn|k|m|b)(?=\s|$|\p{Sc}))?\s*(${currency})?$`,
    'iu',
  );
  patterns.set(key, pattern);
  return pattern;
}

function validGrouping(runs: string[], symbols: NumberSymbols): boolean {
  const primary = symbols.primaryGroup;
  const last = runs.at(-1) ?? '';
  if (last.length !== primary) return false;
  const middle = runs.slice(1, -1);
  // en-IN writes 12,34,567 but readers there also type 1,234,567, so either middle size is fine as long as it is consistent.
  const middleSize = middle[0]?.length ?? Math.max(primary, symbols.secondaryGroup);
  if (middle.length > 0 && middleSize !== symbols.secondaryGroup && middleSize !== primary) return false;
  if (middle.some((run) => run.length !== middleSize)) return false;
  const first = runs[0] ?? '';
  return first.length >= 1 && first.length <= middleSize;
}

// Returns the number as a decimal string ("1234.5"), or null when the separators don’t fit the locale.
function readBody(body: string, symbols: NumberSymbols): string | null {
  // A single separator followed by one or two digits can’t be grouping in any locale, so
  // "1.5" in de-DE or "1,50" in en-US mean what the reader obviously meant.
  const short = /^(\d+)[.,](\d{1,2})$/.exec(body);
  if (short) return `${short[1]}.${short[2]}`;

  const runs: string[] = [];
  const seps: ('group' | 'decimal')[] = [];
  for (const token of body.split(/(\D)/)) {
    if (token === '') return null; // two separators in a row, e.g. "12..3"
    if (/^\d+$/.test(token)) {
      runs.push(token);
    } else if (token === symbols.decimal) {
      seps.push('decimal');
    } else if (token === symbols.group || /\s/u.test(token) || (symbols.group === "'" && token === '’')) {
      seps.push('group');
    } else {
      return null;
    }
  }
  const decimalAt = seps.indexOf('decimal');
  if (decimalAt !== seps.lastIndexOf('decimal')) return null;
  if (decimalAt !== -1 && decimalAt !== seps.length - 1) return null;
  const integerRuns = decimalAt === -1 ? runs : runs.slice(0, -1);
  if (integerRuns.length > 1 && !validGrouping(integerRuns, symbols)) return null;
  const fraction = decimalAt === -1 ? '' : `.${runs.at(-1) ?? ''}`;
  return integerRuns.join('') + fraction;
}

/** Reads an amount as typed in the given locale ("$185,000", "€ 85.000,50", "185k", "USD 90000"); null for anything that isn’t money. */
export function parseMoney(text: string, locale: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return null;
  const symbols = numberSymbols(locale);
  let input = normaliseText(text).trim().replace(/\s+/gu, ' ');
  symbols.digits.forEach((digit, value) => {
    if (digit !== String(value)) input = input.split(digit).join(String(value));
  });
  const match = moneyPattern(symbols).exec(input);
  if (!match) return null;
  const [, sign1, before, sign2, body = '', suffix, after] = match;
  if (sign1 && sign2) return null;
  if (before && after) return null;
  const currency = (before ?? after)?.toUpperCase();
  if (currency && !/\p{Sc}/u.test(currency) && !CURRENCY_WORDS.has(currency) && !isCurrencyCode(currency)) {
    return null;
  }
  const decimal = readBody(body.trim(), symbols);
  if (decimal === null) return null;
  const exponent = suffix ? (MULTIPLIERS[suffix.toLowerCase()] ?? 0) : 0;
  // Scaling through the exponent keeps "1.15k" exact, where 1.15 * 1000 would not be.
  const value = Number(`${decimal}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  return (sign1 ?? sign2) && value !== 0 ? -value : value;
}

/** Reads a percentage such as "15", "12.5 %", "12,5%" or "%15" as percent units (15 → 15; "1,000" → 1000); null when it isn’t one. */
export function parsePercent(text: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return null;
  // A separator before exactly three digits groups thousands ("1,000" and "1.000" are a thousand,
  // over 100 %, never 1 %); a leading 0 ("0.125") can only be a fraction.
  const match =
    /^([-−])?\s*([%٪])?\s*([1-9]\d{0,2}(?:([.,])\d{3})(?:\4\d{3})*|\d+)(?:[.,](\d+))?\s*([%٪])?$/u.exec(
      normaliseText(text).trim(),
    );
  if (!match) return null;
  const [, sign, before, digits = '', , fraction, after] = match;
  if (before && after) return null;
  const whole = digits.replace(/[.,]/g, '');
  const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  return sign && value !== 0 ? -value : value;
}
