import {
  VESTING_PRESETS,
  validateCustomVesting,
  validateMoney,
  validatePercent,
  type OfferTerms,
  type Validation,
} from '../offer/index.ts';
import type { OfferInput } from './state.ts';

/** Fields of an offer that can fail validation. */
export type OfferField =
  'base' | 'bonusPercent' | 'signOn' | 'relocation' | 'equityGrant' | 'customVesting' | ExtraField;

/** Terms beyond pay that are checked: counts, an amount and a date. */
export type ExtraField = 'startDate' | 'remoteDays' | 'timeOff' | 'equityRefresh' | 'reviewMonths';

/** One of an offer’s amount fields. */
export type MoneyField = 'base' | 'signOn' | 'relocation' | 'equityGrant' | 'equityRefresh';

/** The amount fields of an offer, in the order the form shows them. */
export const MONEY_FIELDS: readonly MoneyField[] = [
  'base',
  'signOn',
  'relocation',
  'equityGrant',
  'equityRefresh',
];

/** A message for each field that needs fixing. */
export type FieldErrors = Partial<Record<OfferField, string>>;

/**
 * An offer’s numbers as typed: `values` holds each filled-in field that validates (vesting always,
 * when it validates), `errors` a message for each field that doesn’t. Blank fields are in neither.
 */
export type ParsedOffer = { values: Partial<OfferTerms>; errors: FieldErrors };

/** The vesting schedule an input picks, validating custom percentages. */
export function vestingOf(input: OfferInput): Validation<number[]> {
  if (input.vestingPreset === 'custom') return validateCustomVesting(input.customVesting);
  return { ok: true, value: [...VESTING_PRESETS[input.vestingPreset]] };
}

/** Parses an offer field by field in the locale: the one parser behind the totals, the checks and the message. */
export function parseOffer(input: OfferInput, locale: string): ParsedOffer {
  const values: Partial<OfferTerms> = {};
  const errors: FieldErrors = {};
  const check = (field: MoneyField | 'bonusPercent', result: Validation<number>) => {
    if (!result.ok) errors[field] = result.message;
    else if ((input[field] ?? '').trim() !== '') values[field] = result.value;
  };
  for (const field of MONEY_FIELDS) check(field, validateMoney(input[field] ?? '', locale));
  check('bonusPercent', validatePercent(input.bonusPercent));
  const vesting = vestingOf(input);
  if (vesting.ok) values.vesting = vesting.value;
  else errors.customVesting = vesting.message;
  return { values, errors };
}

/** Nothing entered yet: every amount 0, vesting evenly over four years. */
export const NO_TERMS: Readonly<OfferTerms> = {
  base: 0,
  bonusPercent: 0,
  signOn: 0,
  relocation: 0,
  equityGrant: 0,
  vesting: [...VESTING_PRESETS['even-4y']],
};
