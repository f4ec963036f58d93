import type { OfferTerms } from '../offer/index.ts';
import type { OfferInput } from './state.ts';
import { NO_TERMS, parseOffer, type FieldErrors } from './terms.ts';

/** An offer’s terms to compute with, and the message for each field that doesn’t validate. */
export type Resolved = { terms: OfferTerms; errors: FieldErrors };

const PAY_FIELDS = ['base', 'bonusPercent', 'signOn', 'relocation', 'equityGrant', 'equityRefresh'] as const;

/**
 * Parses an offer field by field; a field that doesn’t validate keeps its value from `previous`,
 * so one half-typed amount doesn’t blank the totals while the reader is still typing. Blank is 0.
 */
export function resolveTerms(input: OfferInput, locale: string, previous: OfferTerms): Resolved {
  const { values, errors } = parseOffer(input, locale);
  const terms = { ...NO_TERMS, ...values };
  for (const field of PAY_FIELDS) if (errors[field]) terms[field] = previous[field] ?? 0;
  if (errors.customVesting) terms.vesting = previous.vesting;
  return { terms, errors };
}
