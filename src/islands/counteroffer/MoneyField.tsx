import { Field } from './Field.tsx';
import { tidyAmount } from '../../lib/counteroffer/money-text.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';

type Props = {
  id: string;
  label: string;
  currency: string;
  value: string;
  locale: string;
  error: string | undefined;
  onInput: (value: string) => void;
};

/** An amount field: the currency named in the label, symbols and separators accepted, tidied for the locale on blur. */
export function MoneyField({ id, label, currency, value, locale, error, onInput }: Props) {
  return (
    <Field
      id={id}
      label={`${label} (${currency})`}
      value={value}
      inputMode="decimal"
      maxLength={TEXT_LIMITS.money}
      error={error}
      onInput={onInput}
      onBlur={(text) => {
        const tidy = tidyAmount(text, locale);
        if (tidy !== text) onInput(tidy);
      }}
    />
  );
}
