import type { ComponentChildren } from 'preact';
import type { Column, FieldErrors, OfferInput } from '../../lib/counteroffer';
import { TEXT_LIMITS } from '../../lib/counteroffer/state';
import { COLUMN_LABELS, fieldId } from './columns';
import { Field } from './Field';
import { MoneyField } from './MoneyField';
import { VestingField } from './VestingField';

type Props = {
  idPrefix: string;
  column: Column;
  input: OfferInput;
  /** Messages for the fields Update found wrong and that still are; others stay quiet while typing. */
  errors: FieldErrors;
  currency: string;
  locale: string;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
  /** Buttons at the end of the fieldset (Remove, for another offer). */
  children?: ComponentChildren;
};

type TextField = 'base' | 'bonusPercent' | 'signOn' | 'relocation' | 'equityGrant' | 'level' | 'otherTerms';

// Amounts carry the currency in their label; the bonus is a percentage; the rest is free text.
const BEFORE_VESTING: readonly [TextField, string][] = [
  ['base', 'Base salary'],
  ['bonusPercent', 'Target bonus (%)'],
  ['signOn', 'Sign-on bonus'],
  ['relocation', 'Relocation'],
  ['equityGrant', 'Equity grant (total value)'],
];
const AFTER_VESTING: readonly [TextField, string][] = [
  ['level', 'Level / title'],
  ['otherTerms', 'Other terms (remote days, PTO, start date…), one per line'],
];

/** One offer's terms: amounts, bonus, vesting, level and anything else that matters. */
export function OfferFieldset(props: Props) {
  const { idPrefix, column, input, errors, currency, locale, onField, children } = props;
  const id = (field: keyof OfferInput) => fieldId(idPrefix, column, field);
  const field = ([name, label]: [TextField, string]) => {
    const common = { id: id(name), value: input[name], onInput: (value: string) => onField(name, value) };
    if (name === 'level' || name === 'otherTerms') {
      const multiline = name === 'otherTerms';
      const maxLength = multiline ? TEXT_LIMITS.otherTerms : TEXT_LIMITS.level;
      return <Field key={name} {...common} label={label} multiline={multiline} maxLength={maxLength} />;
    }
    return name === 'bonusPercent' ? (
      <Field
        key={name}
        {...common}
        label={label}
        inputMode="decimal"
        maxLength={TEXT_LIMITS.money}
        error={errors[name]}
      />
    ) : (
      <MoneyField
        key={name}
        {...common}
        label={label}
        currency={currency}
        locale={locale}
        error={errors[name]}
      />
    );
  };
  return (
    <fieldset class="co-offer" id={`${idPrefix}-${column}`}>
      <legend>{COLUMN_LABELS[column]}</legend>
      {column === 'counter' && <p class="co-hint">Starts as a copy of theirs: change what it would take.</p>}
      {BEFORE_VESTING.map(field)}
      <VestingField
        id={id('customVesting')}
        preset={input.vestingPreset}
        years={input.customVesting}
        error={errors.customVesting}
        onPreset={(preset) => onField('vestingPreset', preset)}
        onYears={(years) => onField('customVesting', years)}
      />
      {AFTER_VESTING.map(field)}
      {children}
    </fieldset>
  );
}
