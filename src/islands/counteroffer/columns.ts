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

/** One of an offer’s typed fields, as a table of them generates the form: its name, label and kind. */
export type FieldSpec = readonly [Exclude<keyof OfferInput, 'vestingPreset' | 'customVesting'>, string, Kind];

/** A change to the state; an optional choice set to undefined is left out of it. */
export type Patch = { [K in keyof CounterofferState]?: CounterofferState[K] | undefined };

/** The id of a field’s input (the first year’s input for custom vesting). */
export function fieldId(column: Column, field: keyof OfferInput): string {
  return `${ID_PREFIX}-${column}-${field}`;
}
