import type { Column, FieldErrors, OfferInput } from '../../lib/counteroffer/index.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { fieldId } from './columns.ts';
import { ExtraTermsFields } from './ExtraTermsFields.tsx';
import { CountedField } from './CountedField.tsx';
import { VestingField } from './VestingField.tsx';

type Props = {
  column: Column;
  input: OfferInput;
  errors: FieldErrors;
  currency: string;
  locale: string;
  /** Said under the level field (whether it is on the reader’s ladder). */
  levelHint: string | undefined;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
};

/** The full builder’s part of an offer after its amounts: vesting, level, terms beyond pay, other terms. */
export function OfferDetails({ column, input, errors, currency, locale, levelHint, onField }: Props) {
  const id = (field: keyof OfferInput) => fieldId(column, field);
  // Terms beyond pay wait behind "More terms", so the form starts short; open where they hold
  // anything, or a message to fix.
  const extras = [
    'level',
    'title',
    'startDate',
    'remoteDays',
    'timeOff',
    'equityRefresh',
    'reviewMonths',
    'otherTerms',
  ] as const;
  const used = extras.some(
    (field) => (input[field] ?? '') !== '' || (field in errors && errors[field as keyof FieldErrors]),
  );
  return (
    <>
      <VestingField
        id={id('customVesting')}
        preset={input.vestingPreset}
        years={input.customVesting}
        error={errors.customVesting}
        onPreset={(preset) => onField('vestingPreset', preset)}
        onYears={(years) => onField('customVesting', years)}
      />
      <details class="co-more" open={used || undefined}>
        <summary>More terms</summary>
        <CountedField
          id={id('level')}
          label="Level"
          value={input.level}
          hint={levelHint}
          maxLength={TEXT_LIMITS.level}
          onInput={(value) => onField('level', value)}
        />
        <ExtraTermsFields
          id={id}
          input={input}
          errors={errors}
          currency={currency}
          locale={locale}
          onField={(field, value) => onField(field, value)}
        />
        <CountedField
          id={id('otherTerms')}
          label="Other terms, one per line"
          value={input.otherTerms}
          multiline
          maxLength={TEXT_LIMITS.otherTerms}
          onInput={(value) => onField('otherTerms', value)}
        />
      </details>
    </>
  );
}
