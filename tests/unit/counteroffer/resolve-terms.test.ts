import { describe, expect, it } from 'vitest';
import { NO_OFFER, defaultState, parseOffer } from '../../../src/lib/counteroffer/index.ts';

describe('parseOffer with the previous terms', () => {
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
    const previous = { ...NO_OFFER, base: 150_000, signOn: 20_000, bonusPercent: 10 };
    const resolved = parseOffer({ ...defaultState('USD').offer, ...typed }, 'en-US', previous);
    expect(resolved.offer).toMatchObject(terms);
    expect(resolved.errors).toEqual(errors);
  });

  it('keeps the previous vesting when custom percentages do not add up to 100', () => {
    const input = {
      ...defaultState('USD').offer,
      vestingPreset: 'custom' as const,
      customVesting: ['50', '40'],
    };
    const previous = { ...NO_OFFER, vesting: [0.5, 0.5] };
    const resolved = parseOffer(input, 'en-US', previous);
    expect(resolved.offer.vesting).toEqual([0.5, 0.5]);
    expect(resolved.errors.customVesting).toBe(
      'The yearly percentages add up to 90% — they need to add up to 100%',
    );
  });
});
