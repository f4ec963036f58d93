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
export type OfferField = 'base' | 'bonusPercent' | 'signOn' | 'relocation' | 'equityGrant' | 'customVesting';

/** Parsed terms, or a message per field that needs fixing. */
export type TermsResult =
  { ok: true; terms: OfferTerms } | { ok: false; errors: Partial<Record<OfferField, string>> };

/** The vesting schedule an input picks, validating custom percentages. */
export function vestingOf(input: OfferInput): Validation<number[]> {
  if (input.vestingPreset === 'custom') return validateCustomVesting(input.customVesting);
  return { ok: true, value: [...VESTING_PRESETS[input.vestingPreset]] };
}

/** Parses an offer as typed; empty amounts count as 0, so a half-filled offer still adds up. */
export function toTerms(input: OfferInput, locale: string): TermsResult {
  const errors: Partial<Record<OfferField, string>> = {};
  const money = (field: 'base' | 'signOn' | 'relocation' | 'equityGrant'): number => {
    const result = validateMoney(input[field], locale);
    if (result.ok) return result.value;
    errors[field] = result.message;
    return 0;
  };
  const base = money('base');
  const signOn = money('signOn');
  const relocation = money('relocation');
  const equityGrant = money('equityGrant');
  const bonus = validatePercent(input.bonusPercent);
  if (!bonus.ok) errors.bonusPercent = bonus.message;
  const vesting = vestingOf(input);
  if (!vesting.ok) errors.customVesting = vesting.message;
  if (!bonus.ok || !vesting.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    terms: { base, bonusPercent: bonus.value, signOn, relocation, equityGrant, vesting: vesting.value },
  };
}
