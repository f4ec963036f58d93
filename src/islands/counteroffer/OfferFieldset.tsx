import type { ComponentChildren } from 'preact';
import type { Column, FieldErrors, OfferInput } from '../../lib/counteroffer';
import { COLUMN_LABELS, fieldId } from './columns';
import { ExtraTermsFields } from './ExtraTermsFields';
import { Field } from './Field';
import { MoneyField } from './MoneyField';
import { VestingField } from './VestingField';

type Props = {
  idPrefix: string;
  column: Column;
  input: OfferInput;
  /** Messages for the fields the reader has left invalid; others stay quiet while typing. */
  errors: FieldErrors;
  currency: string;
  locale: string;
  /** Only the key numbers (base, bonus, sign-on, equity), as the builder embedded in an issue shows them. */
  compact?: boolean;
  /** Said under the level field (whether it is on the reader's ladder). */
  levelHint?: string | undefined;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
  /** Buttons at the end of the fieldset (Remove, for another offer). */
  children?: ComponentChildren;
};

type TextField = 'base' | 'bonusPercent' | 'signOn' | 'relocation' | 'equityGrant';

// Amounts carry the currency in their label; the bonus is a percentage.
const AMOUNTS: readonly [TextField, string][] = [
  ['base', 'Base salary'],
  ['bonusPercent', 'Target bonus (%)'],
  ['signOn', 'Sign-on bonus'],
  ['relocation', 'Relocation'],
  ['equityGrant', 'Equity grant (total value)'],
];
const KEY_NUMBERS = new Set<TextField>(['base', 'bonusPercent', 'signOn', 'equityGrant']);

/** One offer's terms: amounts, bonus, vesting, level, terms beyond pay and anything else that matters. */
export function OfferFieldset(props: Props) {
  const { idPrefix, column, input, errors, currency, locale, compact, levelHint, onField, children } =
    props;
  const id = (field: keyof OfferInput) => fieldId(idPrefix, column, field);
  const field = ([name, label]: [TextField, string]) => {
    const common = { id: id(name), value: input[name], onInput: (value: string) => onField(name, value) };
    return name === 'bonusPercent' ? (
      <Field key={name} {...common} label={label} inputMode="decimal" error={errors[name]} />
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
      {AMOUNTS.filter(([name]) => !compact || KEY_NUMBERS.has(name)).map(field)}
      {!compact && (
        <>
          <VestingField
            id={id('customVesting')}
            preset={input.vestingPreset}
            years={input.customVesting}
            error={errors.customVesting}
            onPreset={(preset) => onField('vestingPreset', preset)}
            onYears={(years) => onField('customVesting', years)}
          />
          <Field
            id={id('level')}
            label="Level"
            value={input.level}
            hint={levelHint}
            onInput={(value) => onField('level', value)}
          />
          <ExtraTermsFields
            id={id}
            input={input}
            errors={errors}
            currency={currency}
            locale={locale}
            onField={(name, value) => onField(name, value)}
          />
          <Field
            id={id('otherTerms')}
            label="Other terms, one per line"
            value={input.otherTerms}
            multiline
            onInput={(value) => onField('otherTerms', value)}
          />
        </>
      )}
      {children}
    </fieldset>
  );
}
