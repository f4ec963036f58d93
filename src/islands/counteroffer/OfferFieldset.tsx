import type { ComponentChildren } from 'preact';
import type { Column, FieldErrors, OfferInput } from '../../lib/counteroffer/index.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { COLUMN_LABELS, ID_PREFIX, fieldId } from './columns.ts';
import { Field } from './Field.tsx';
import { MoneyField } from './MoneyField.tsx';

type Props = {
  column: Column;
  input: OfferInput;
  /** Messages for the fields the reader has left invalid; others stay quiet while typing. */
  errors: FieldErrors;
  currency: string;
  locale: string;
  /** Only the base salary, without step or hint, as the builder embedded in an issue shows it. */
  compact?: boolean;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
  /** After the amounts: the full builder’s details (OfferDetails), then buttons (Remove, for another offer). */
  children?: ComponentChildren;
};

// The form’s steps: the basics (1), their offer (2), what it would take (3), the message (4).
const STEPS: Record<Column, string> = { offer: '2', counter: '3', other: '+' };

// One line under each legend, so the two offers' fields stand on the same rows.
const HINTS: Record<Column, string> = {
  offer: 'What they offered.',
  counter: 'A copy of theirs: change it.',
  other: 'An offer you hold.',
};

type Amount = 'base' | 'bonusPercent' | 'signOn' | 'relocation' | 'equityGrant';

// Amounts carry the currency in their label; the bonus is a percentage.
const AMOUNTS: readonly [Amount, string][] = [
  ['base', 'Base salary'],
  ['bonusPercent', 'Target bonus (%)'],
  ['signOn', 'Sign-on bonus'],
  ['relocation', 'Relocation'],
  ['equityGrant', 'Equity grant (total value)'],
];

/** One offer’s amounts, and whatever the full builder adds after them. */
export function OfferFieldset(props: Props) {
  const { column, input, errors, currency, locale, compact, onField, children } = props;
  const field = ([name, label]: [Amount, string]) => {
    const common = {
      key: name,
      id: fieldId(column, name),
      value: input[name],
      error: errors[name],
      onInput: (value: string) => onField(name, value),
    };
    return name === 'bonusPercent' ? (
      <Field {...common} label={label} inputMode="decimal" maxLength={TEXT_LIMITS.money} />
    ) : (
      <MoneyField {...common} label={label} currency={currency} locale={locale} />
    );
  };
  return (
    <fieldset class="co-offer" id={`${ID_PREFIX}-${column}`}>
      <legend>
        {!compact && (
          <span class="co-step" aria-hidden="true">
            {STEPS[column]}
          </span>
        )}
        {COLUMN_LABELS[column]}
      </legend>
      {!compact && <p class="co-hint">{HINTS[column]}</p>}
      {AMOUNTS.filter(([name]) => !compact || name === 'base').map(field)}
      {children}
    </fieldset>
  );
}
