import { describe, expect, it } from 'vitest';
import { NO_TERMS, defaultState, resolveTerms } from '../../../src/lib/counteroffer/index.ts';

describe('resolveTerms', () => {
  it.each([
    [
      { base: '-5', signOn: '10k' },
      { base: 150_000, signOn: 10_000 },
      { base: 'The amount can’t be negative' },
    ],
    [{ base: '', signOn: 'x' }, { base: 0, signOn: 20_000 }, { signOn: 'Enter an amount, like 185,000' }],
    [
      { bonusPercent: '150' },
      { bonusPercent: 10 },
      { bonusPercent: 'That’s over 100% — check the percentage' },
    ],
    [{ base: '200000', bonusPercent: '' }, { base: 200_000, bonusPercent: 0 }, {}],
  ])('%j keeps the previous value of each field that does not validate', (typed, terms, errors) => {
    const previous = { ...NO_TERMS, base: 150_000, signOn: 20_000, bonusPercent: 10 };
    const resolved = resolveTerms({ ...defaultState('USD').offer, ...typed }, 'en-US', previous);
    expect(resolved.terms).toMatchObject(terms);
    expect(resolved.errors).toEqual(errors);
  });

  it('keeps the previous vesting when custom percentages do not add up to 100', () => {
    const input = {
      ...defaultState('USD').offer,
      vestingPreset: 'custom' as const,
      customVesting: ['50', '40'],
    };
    const previous = { ...NO_TERMS, vesting: [0.5, 0.5] };
    const resolved = resolveTerms(input, 'en-US', previous);
    expect(resolved.terms.vesting).toEqual([0.5, 0.5]);
    expect(resolved.errors.customVesting).toBe(
      'The yearly percentages add up to 90% — they need to add up to 100%',
    );
  });
});
