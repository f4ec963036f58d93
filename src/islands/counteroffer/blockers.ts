import type { Column, CounterofferState, FieldErrors, LowerTerm } from '../../lib/counteroffer/index.ts';
import { ladderOf } from '../../lib/counteroffer/levels.ts';
import { lowerKey, lowerTerms } from '../../lib/counteroffer/phrases.ts';
import type { FieldError } from '../shared/ErrorSummary.tsx';
import { CHECKED_FIELDS, COLUMN_LABELS, FIELD_NAMES, ID_PREFIX, fieldId } from './columns.ts';

/** What the builder knows when it checks whether the message can go out. */
export type BlockerInput = {
  state: CounterofferState;
  locale: string;
  /** Each shown offer with the message of every field that doesn’t validate. */
  inputs: readonly { column: Column; errors: FieldErrors }[];
  /** Whether a field is on screen (the compact builder shows only the base salaries). */
  shown: (field: keyof FieldErrors) => boolean;
  /** The deadline’s message when it doesn’t validate. */
  deadlineError?: string | undefined;
};

/** Asks below their offer, whether the reader confirmed them, and what blocks Copy, Download and Share. */
export type Blockers = { lower: LowerTerm[]; lowerOk: boolean; blockers: FieldError[] };

/**
 * Everything the message uses and can’t stand behind, each linked to its field: an invalid field of
 * an offer it words, an invalid deadline, an unconfirmed ask below their offer. A too-late or a
 * decline message uses no numbers, so nothing blocks it.
 */
export function findBlockers({ state, locale, inputs, shown, deadlineError }: BlockerInput): Blockers {
  if (state.goal !== 'counter' && state.goal !== 'explore') return { lower: [], lowerOk: true, blockers: [] };
  const lower = lowerTerms(state.offer, state.counter, ladderOf(state.ladder), state.currency, locale);
  const lowerOk = lower.length === 0 || state.confirmedLower === lowerKey(lower);
  const blockers: FieldError[] = inputs
    .filter(({ column }) => column !== 'other' || state.citeOtherOffer)
    .flatMap(({ column, errors }) =>
      CHECKED_FIELDS.filter((field) => errors[field] && shown(field)).map((field) => ({
        fieldId: fieldId(column, field),
        message: `${COLUMN_LABELS[column]}, ${FIELD_NAMES[field]}: ${errors[field] ?? ''}`,
      })),
    );
  if (deadlineError)
    blockers.push({ fieldId: `${ID_PREFIX}-deadline`, message: `Offer deadline: ${deadlineError}` });
  if (!lowerOk) {
    blockers.push({
      fieldId: `${ID_PREFIX}-confirm-lower`,
      message: 'Your counteroffer asks for less than their offer: confirm it, or change the numbers',
    });
  }
  return { lower, lowerOk, blockers };
}
