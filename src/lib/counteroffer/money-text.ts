import { MONEY_FIELDS, numberFormat, validateMoney, type OfferInput } from '../offer/index.ts';
import type { CounterofferState } from './state.ts';

// A typed amount rewritten by `write`; text that isn’t a valid amount (or is blank) is left as typed.
function rewrite(text: string, locale: string, write: (amount: number) => string): string {
  const result = validateMoney(text, locale);
  return result.ok && text.trim() !== '' ? write(result.value) : text;
}

/** A typed amount reformatted for the locale, with group separators and at most two decimals ("185,000"; de-DE "185.000"). */
export function tidyAmount(text: string, locale: string): string {
  return rewrite(text, locale, (amount) => numberFormat(locale, { maximumFractionDigits: 2 }).format(amount));
}

/** A typed amount as plain digits ("185000", "1234.5"), which reads back the same in every locale. */
export function plainAmount(text: string, locale: string): string {
  return rewrite(text, locale, (amount) => String(Math.round(amount * 100) / 100));
}

/** The state with every amount rewritten by `map` (for links: plain digits out, the reader’s format in). */
export function mapAmounts(state: CounterofferState, map: (text: string) => string): CounterofferState {
  const mapInput = (input: OfferInput) => {
    const next = { ...input };
    // The refresh is a term beyond pay, so optional: only one the reader gave is rewritten.
    for (const field of MONEY_FIELDS) if (input[field] !== undefined) next[field] = map(input[field]);
    return next;
  };
  return {
    ...state,
    offer: mapInput(state.offer),
    counter: mapInput(state.counter),
    other: state.other && mapInput(state.other),
  };
}
