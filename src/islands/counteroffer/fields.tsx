import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { siteDate } from '../../lib/offer/format.ts';
import { tidyAmount } from '../../lib/counteroffer/money-text.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';

/** How a field is typed: it sets the keyboard a phone offers, the limit and the tidying on blur. */
export type Kind = 'money' | 'percent' | 'count' | 'date' | 'text' | 'lines';

const { money, term, name, otherTerms } = TEXT_LIMITS;
const LIMITS: Record<Kind, number> = {
  money,
  percent: money,
  count: term,
  date: term,
  text: name,
  lines: otherTerms,
};

type FieldProps = {
  id: string;
  label: string;
  value: string;
  kind?: Kind | undefined;
  /** What is wrong with the value, shown (and marked invalid) once the reader has left the field. */
  error?: string | undefined;
  hint?: string | undefined;
  /** For a year of custom vesting: the id of its group’s message, checked as a whole, shown above the years. */
  errorId?: string;
  maxLength?: number;
  /** The locale an amount is tidied for as the reader leaves it. */
  locale?: string;
  autoComplete?: string;
  onInput: (value: string) => void;
};

/** A field’s message, read with it through aria-describedby. */
export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} class="co-error">
      <span class="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

/** A labelled input or textarea with its hint and message, checked once the reader leaves it. */
export function Field(props: FieldProps) {
  const { id, label, value, kind = 'text', hint, errorId, maxLength = LIMITS[kind], locale, onInput } = props;
  const [left, setLeft] = useState(false);
  const error = left || errorId ? props.error : undefined;
  // A long field counts its characters only near its limit, so an empty form carries no count under every field.
  const counted = maxLength >= 80 && value.length >= maxLength * 0.8;
  const described = [hint && `${id}-hint`, error && (errorId ?? `${id}-error`), counted && `${id}-count`];
  const control = {
    id,
    value,
    maxLength,
    autocomplete: props.autoComplete ?? 'off',
    inputMode: kind === 'count' ? 'numeric' : kind === 'money' || kind === 'percent' ? 'decimal' : undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described.filter(Boolean).join(' ') || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    onFocusOut: () => setLeft(true),
    onBlur: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement).value;
      const tidy = kind === 'money' && locale ? tidyAmount(text, locale) : text;
      if (tidy !== text) onInput(tidy);
    },
  } as const;
  return (
    <div class={error && !errorId ? 'co-field co-field-error' : 'co-field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="co-hint">
          {hint}
        </p>
      )}
      {!errorId && <ErrorText id={`${id}-error`} error={error} />}
      {kind === 'lines' ? (
        <textarea rows={3} {...control} />
      ) : (
        <input type={kind === 'date' ? 'date' : 'text'} {...control} />
      )}
      {/* The picker writes the date the browser’s way; this is how the site and the message write it. */}
      {kind === 'date' && siteDate(value) && (
        <p class="co-date" aria-hidden="true">
          {siteDate(value)}
        </p>
      )}
      {counted && (
        <p id={`${id}-count`} class="co-count">
          {value.length} of {maxLength} characters
        </p>
      )}
    </div>
  );
}

/** A radio button (with the group’s `name`) or a checkbox, with its label after it. */
export function Choice(props: {
  id: string;
  label: string;
  checked: boolean;
  name?: string;
  onChecked: (on: boolean) => void;
}) {
  return (
    <div class="co-choice">
      <input
        type={props.name ? 'radio' : 'checkbox'}
        id={props.id}
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

type RadiosProps<T extends string> = {
  /** Prefix for the group’s name and each radio’s id (`<group>-<value>`). */
  group: string;
  legend: string;
  options: readonly (readonly [T, string])[];
  current: T | undefined;
  onPick: (value: T) => void;
};

/** A question as a fieldset of radios, none checked until the reader or the state picks one. */
export function Radios<T extends string>({ group, legend, options, current, onPick }: RadiosProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <Choice
          key={value}
          id={`${group}-${value}`}
          name={group}
          label={label}
          checked={current === value}
          onChecked={() => onPick(value)}
        />
      ))}
    </fieldset>
  );
}

/** A labelled select of `[value, label]` options. */
export function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onPick: (value: T) => void;
}) {
  return (
    <div class="co-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onPick(event.currentTarget.value as T)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A secondary button that never submits the form (`class` overrides its look). */
export function Button(props: ComponentProps<'button'>) {
  return <button type="button" class="button secondary" {...props} />;
}
