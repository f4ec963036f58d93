import { validateDate, validateWhole } from '../offer/index.ts';
import type { OfferInput } from './state.ts';
import type { ExtraField, FieldErrors } from './terms.ts';

/** The checked terms beyond pay, as numbers or an ISO date; each set only when filled in and valid. */
export type ExtraValues = {
  startDate?: string;
  remoteDays?: number;
  timeOff?: number;
  reviewMonths?: number;
};

/** Upper bounds of the counted terms: days a week, days a year, months. */
export const EXTRA_LIMITS = { remoteDays: 7, timeOff: 365, reviewMonths: 60 } as const;

/** Terms beyond pay as typed: `extras` holds each filled-in valid one, `errors` a message for each that isn’t. */
export function parseExtras(input: OfferInput): { extras: ExtraValues; errors: FieldErrors } {
  const extras: ExtraValues = {};
  const errors: FieldErrors = {};
  // Older saves have no extra terms: a missing field reads as blank.
  const text = (field: ExtraField) => input[field] ?? '';
  for (const field of ['remoteDays', 'timeOff', 'reviewMonths'] as const) {
    const example = field === 'remoteDays' ? '2' : field === 'timeOff' ? '25' : '6';
    const result = validateWhole(text(field), EXTRA_LIMITS[field], example);
    if (!result.ok) errors[field] = result.message;
    else if (result.value !== null) extras[field] = result.value;
  }
  const start = validateDate(text('startDate'));
  if (!start.ok) errors.startDate = start.message;
  else if (start.value !== null) extras.startDate = start.value;
  return { extras, errors };
}
