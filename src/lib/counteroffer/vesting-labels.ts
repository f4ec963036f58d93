import type { VestingChoice } from './state.ts';

/** How each vesting choice reads in the form and in the no-JavaScript explanation. */
export const VESTING_LABELS: Record<VestingChoice, string> = {
  'even-4y': '4 years, even (25% a year)',
  'back-weighted': '4 years, back-weighted (5%, 15%, 40%, 40%)',
  'even-3y': '3 years, even (a third a year)',
  custom: 'Custom yearly percentages',
};
