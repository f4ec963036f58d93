import type { ComponentChildren } from 'preact';
import type { OfferField, OfferInput } from '../../lib/counteroffer';
import { COLUMN_LABELS, fieldId, type Column } from './columns';
import { Field } from './Field';
import { MoneyField } from './MoneyField';
import { VestingField } from './VestingField';

type Props = {
  idPrefix: string;
  column: Column;
  input: OfferInput;
  /** Messages for the fields the reader has left or submitted; others stay quiet while typing. */
  errors: Partial<Record<OfferField, string>>;
  currency: string;
  locale: string;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
  onTouch: (field: OfferField) => void;
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
  const { idPrefix, column, input, errors, currency, locale, onField, onTouch, children } = props;
  const id = (field: keyof OfferInput) => fieldId(idPrefix, column, field);
  const field = ([name, label]: [TextField, string]) => {
    const common = { id: id(name), value: input[name], onInput: (value: string) => onField(name, value) };
    if (name === 'level' || name === 'otherTerms') {
      return <Field key={name} {...common} label={label} multiline={name === 'otherTerms'} />;
    }
    const touch = () => onTouch(name);
    return name === 'bonusPercent' ? (
      <Field key={name} {...common} label={label} inputMode="decimal" error={errors[name]} onBlur={touch} />
    ) : (
      <MoneyField
        key={name}
        {...common}
        label={label}
        currency={currency}
        locale={locale}
        error={errors[name]}
        onBlur={touch}
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
        onBlur={() => onTouch('customVesting')}
      />
      {AFTER_VESTING.map(field)}
      {children}
    </fieldset>
  );
}
