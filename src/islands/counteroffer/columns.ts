import type { Column, CounterofferState, OfferField, OfferInput } from '../../lib/counteroffer/index.ts';
import type { Kind } from './fields.tsx';

/** What every id in the builder starts with. */
export const ID_PREFIX = 'counteroffer';

/** Each column’s name, as legends, table headers and the chart say it. */
export const COLUMN_LABELS: Record<Column, string> = {
  offer: 'Their offer',
  counter: 'Your counteroffer',
  other: 'Another offer',
};

/** The checked fields in the order they appear on screen, as error messages name them. */
export const FIELD_NAMES: Record<OfferField, string> = {
  base: 'base salary',
  bonusPercent: 'target bonus',
  signOn: 'sign-on bonus',
  relocation: 'relocation',
  equityGrant: 'equity grant',
  customVesting: 'vesting each year',
  startDate: 'start date',
  remoteDays: 'remote days',
  timeOff: 'paid time off',
  equityRefresh: 'yearly equity refresh',
  reviewMonths: 'pay review',
};

/** Validated fields in the order they appear on screen. */
export const CHECKED_FIELDS = Object.keys(FIELD_NAMES) as readonly OfferField[];

/** One of an offer’s typed fields, as a table of them generates the form: its name, label and kind. */
export type FieldSpec = readonly [Exclude<keyof OfferInput, 'vestingPreset' | 'customVesting'>, string, Kind];

/** A change to the state; an optional choice set to undefined is left out of it. */
export type Patch = { [K in keyof CounterofferState]?: CounterofferState[K] | undefined };

/** The id of a field’s input (the first year’s input for custom vesting). */
export function fieldId(column: Column, field: keyof OfferInput): string {
  return `${ID_PREFIX}-${column}-${field}`;
}
