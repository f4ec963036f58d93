import { describe, expect, it } from 'vitest';
import { VESTING_CHOICES, VESTING_LABELS } from '../../../src/lib/offer/terms.ts';

describe('VESTING_LABELS', () => {
  it('labels exactly the vesting choices', () => {
    expect(Object.keys(VESTING_LABELS).sort()).toEqual([...VESTING_CHOICES].sort());
  });

  it.each([
    ['even-4y', '4 years, even (25% a year)'],
    ['back-weighted', '4 years, back-weighted (5%, 15%, 40%, 40%)'],
    ['even-3y', '3 years, even (a third a year)'],
    ['custom', 'Custom yearly percentages'],
  ] as const)('%s reads "%s"', (choice, label) => {
    expect(VESTING_LABELS[choice]).toBe(label);
  });
});
