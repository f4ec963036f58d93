import type { Column, CounterofferState, OfferInput } from '../../lib/counteroffer/index.ts';
import type { Kind } from './fields.tsx';

/** What every id in the builder starts with. */
export const ID_PREFIX = 'counteroffer';

/** Each column’s name, as legends, table headers and the chart say it. */
export const COLUMN_LABELS: Record<Column, string> = {
  offer: 'Their offer',
  counter: 'Your counteroffer',
  other: 'Another offer',
};

/** An offer’s typed field: name, label, kind, and a shorter name for table rows and errors where the label says more. */
export type FieldSpec = readonly [
  Exclude<keyof OfferInput, 'vestingPreset' | 'customVesting'>,
  string,
  Kind,
  string?,
];

/** An offer’s amounts, always on screen (the compact builder shows the first). */
export const AMOUNTS: readonly FieldSpec[] = [
  ['base', 'Base salary', 'money'],
  ['bonusPercent', 'Target bonus (%)', 'percent', 'Target bonus'],
  ['signOn', 'Sign-on bonus', 'money'],
  ['relocation', 'Relocation', 'money'],
  ['equityGrant', 'Equity grant (total value)', 'money', 'Equity grant'],
];

/** Terms beyond pay, behind "More terms" so the form starts short; the comparison’s rows, but the notes. */
export const MORE: readonly FieldSpec[] = [
  ['level', 'Level', 'text'],
  ['title', 'Job title', 'text'],
  ['startDate', 'Start date', 'date'],
  ['remoteDays', 'Remote days a week', 'count', 'Remote days'],
  ['timeOff', 'Paid days off a year', 'count', 'Paid time off'],
  ['equityRefresh', 'Yearly equity refresh', 'money'],
  ['reviewMonths', 'Pay review after (months)', 'count', 'Pay review'],
  ['otherTerms', 'Other terms, one per line', 'lines'],
];

/** A change to the state; an optional choice set to undefined is left out of it. */
export type Patch = { [K in keyof CounterofferState]?: CounterofferState[K] | undefined };

/** The id of a field’s input (the first year’s input for custom vesting). */
export function fieldId(column: Column, field: keyof OfferInput): string {
  return `${ID_PREFIX}-${column}-${field}`;
}
