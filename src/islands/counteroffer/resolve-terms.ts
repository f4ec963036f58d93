import type { OfferField, OfferInput } from '../../lib/counteroffer';
// Modules, not the barrel: it re-exports the message writer, which the builder loads only when needed.
import { vestingOf } from '../../lib/counteroffer/terms';
import { validateMoney, validatePercent, type OfferTerms } from '../../lib/offer';
import { MONEY_FIELDS } from './money-text';

/** An offer's terms to compute with, and the message for each field that doesn't validate. */
export type Resolved = { terms: OfferTerms; errors: Partial<Record<OfferField, string>> };

/** Nothing entered yet: every amount 0, vesting evenly over four years. */
export const NO_TERMS: OfferTerms = {
  base: 0,
  bonusPercent: 0,
  signOn: 0,
  relocation: 0,
  equityGrant: 0,
  vesting: [0.25, 0.25, 0.25, 0.25],
};

/**
 * Parses an offer field by field; a field that doesn't validate keeps its value from `previous`,
 * so one half-typed amount doesn't blank the totals while the reader is still typing.
 */
export function resolveTerms(input: OfferInput, locale: string, previous: OfferTerms): Resolved {
  const terms = { ...previous };
  const errors: Resolved['errors'] = {};
  for (const field of MONEY_FIELDS) {
    const money = validateMoney(input[field], locale);
    if (money.ok) terms[field] = money.value;
    else errors[field] = money.message;
  }
  const bonus = validatePercent(input.bonusPercent);
  if (bonus.ok) terms.bonusPercent = bonus.value;
  else errors.bonusPercent = bonus.message;
  const vesting = vestingOf(input);
  if (vesting.ok) terms.vesting = vesting.value;
  else errors.customVesting = vesting.message;
  return { terms, errors };
}
