import type { ComponentChildren } from 'preact';
import { siteDate } from '../../lib/offer/format.ts';

type Props = {
  id: string;
  label: ComponentChildren;
  value: string;
  /** The message to show next to the field; the input is marked invalid while there is one. */
  error?: string | undefined;
  /** "decimal" for amounts and percentages, "numeric" for counts, so phones offer a number pad. */
  inputMode?: 'decimal' | 'numeric';
  /** "date" for a date picker; text otherwise. */
  type?: 'text' | 'date';
  /** A hint under the label, read with the field. */
  hint?: string | undefined;
  multiline?: boolean;
  /** The most characters the field takes (from TEXT_LIMITS), so nothing typed is cut on save. */
  maxLength: number;
  /** Ids of further text that describes the field (CountedField’s count). */
  describedBy?: string | undefined;
  /** Shown after the input (CountedField’s count). */
  children?: ComponentChildren;
  /** The browser’s autofill token ("name"); off by default. */
  autoComplete?: string;
  onInput: (value: string) => void;
  onBlur?: (value: string) => void;
};

/**
 * A labelled text input or textarea with its error message (CountedField adds a count near the limit).
 */
export function Field({
  id,
  label,
  value,
  error,
  inputMode,
  type = 'text',
  hint,
  multiline,
  maxLength,
  describedBy,
  children,
  autoComplete = 'off',
  onInput,
  onBlur,
}: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ');
  const control = {
    id,
    value,
    inputMode,
    maxLength,
    autocomplete: autoComplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    onBlur: (event: Event) => onBlur?.((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={error ? 'co-field co-field-error' : 'co-field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="co-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="co-error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {multiline ? <textarea rows={3} {...control} /> : <input type={type} {...control} />}
      {/* The picker writes the date the browser’s way; this is how the site and the message write it. */}
      {type === 'date' && siteDate(value) && (
        <p class="co-date" aria-hidden="true">
          {siteDate(value)}
        </p>
      )}
      {children}
    </div>
  );
}
