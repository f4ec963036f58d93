import type { OfferField, OfferInput } from '../../lib/counteroffer';

/** The offers the builder compares: theirs, the reader's counter, and an optional other offer. */
export type Column = 'offer' | 'counter' | 'other';

/** Each column's name, as legends, table headers and the chart say it. */
export const COLUMN_LABELS: Record<Column, string> = {
  offer: 'Their offer',
  counter: 'Your counteroffer',
  other: 'Another offer',
};

/** Validated fields in the order they appear on screen. */
export const CHECKED_FIELDS: readonly OfferField[] = [
  'base',
  'bonusPercent',
  'signOn',
  'relocation',
  'equityGrant',
  'customVesting',
];

/** The id of a field's input (the first year's input for custom vesting). */
export function fieldId(idPrefix: string, column: Column, field: keyof OfferInput): string {
  return `${idPrefix}-${column}-${field}`;
}
