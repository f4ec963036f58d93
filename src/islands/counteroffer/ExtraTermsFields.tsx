import type { FieldErrors, OfferInput } from '../../lib/counteroffer/index.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { CountedField } from './CountedField.tsx';
import { MoneyField } from './MoneyField.tsx';

type ExtraText = 'title' | 'startDate' | 'remoteDays' | 'timeOff' | 'equityRefresh' | 'reviewMonths';

type Props = {
  /** The id of a field, from its name. */
  id: (field: ExtraText) => string;
  input: OfferInput;
  errors: FieldErrors;
  currency: string;
  locale: string;
  onField: (field: ExtraText, value: string) => void;
};

// Counts are whole numbers, so phones offer digits only.
const COUNTS: readonly ['remoteDays' | 'timeOff' | 'reviewMonths', string][] = [
  ['remoteDays', 'Remote days a week'],
  ['timeOff', 'Paid days off a year'],
  ['reviewMonths', 'Pay review after (months)'],
];

/** Terms beyond pay: title, start date, remote days, time off, a yearly equity refresh and when pay is reviewed. */
export function ExtraTermsFields({ id, input, errors, currency, locale, onField }: Props) {
  const common = (field: ExtraText) => ({
    id: id(field),
    value: input[field] ?? '',
    onInput: (value: string) => onField(field, value),
  });
  return (
    <fieldset class="co-extras">
      <legend>Beyond pay</legend>
      <CountedField {...common('title')} label="Job title" maxLength={TEXT_LIMITS.title} />
      <CountedField
        {...common('startDate')}
        label="Start date"
        type="date"
        maxLength={TEXT_LIMITS.term}
        error={errors.startDate}
      />
      {COUNTS.map(([field, label]) => (
        <CountedField
          key={field}
          {...common(field)}
          label={label}
          inputMode="numeric"
          maxLength={TEXT_LIMITS.term}
          error={errors[field]}
        />
      ))}
      <MoneyField
        {...common('equityRefresh')}
        label="Yearly equity refresh"
        currency={currency}
        locale={locale}
        error={errors.equityRefresh}
      />
    </fieldset>
  );
}
