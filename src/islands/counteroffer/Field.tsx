import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  label: ComponentChildren;
  value: string;
  /** The message to show next to the field; the input is marked invalid while there is one. */
  error?: string | undefined;
  /** "decimal" for amounts and percentages, so phones offer a number pad. */
  inputMode?: 'decimal';
  multiline?: boolean;
  /** The most characters the field takes (from TEXT_LIMITS), so nothing typed is cut on save. */
  maxLength: number;
  /** The browser's autofill token ("name"); off by default. */
  autoComplete?: string;
  onInput: (value: string) => void;
  onBlur?: (value: string) => void;
};

// Limits this long (names, notes) always show a count; shorter ones only near their end.
const COUNT_ALWAYS = 80;

/** A labelled text input or textarea with its error message. */
export function Field({
  id,
  label,
  value,
  error,
  inputMode,
  multiline,
  maxLength,
  autoComplete = 'off',
  onInput,
  onBlur,
}: Props) {
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  // Short limits (amounts) only show their count near the end, where it starts to matter.
  const counted = maxLength >= COUNT_ALWAYS || value.length >= maxLength * 0.8;
  const describedBy = [error ? errorId : '', counted ? countId : ''].filter(Boolean).join(' ');
  const control = {
    id,
    value,
    inputMode,
    maxLength,
    autocomplete: autoComplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
    onBlur: (event: Event) => onBlur?.((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={error ? 'co-field co-field-error' : 'co-field'}>
      <label for={id}>{label}</label>
      {error && (
        <p id={errorId} class="co-error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {multiline ? <textarea rows={3} {...control} /> : <input type="text" {...control} />}
      {counted && (
        <p id={countId} class="co-count">
          {value.length} of {maxLength} characters
        </p>
      )}
    </div>
  );
}
