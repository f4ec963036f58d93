import { Heading, type HeadingLevel } from './Heading.tsx';

/** One problem to fix: the message, and the id of the input it is about. */
export type FieldError = { fieldId: string; message: string };

type Props = {
  id: string;
  level: HeadingLevel;
  /** The problems in the order their fields appear. */
  errors: readonly FieldError[];
};

// Focusing instead of following the link keeps the URL’s hash, and brings the field’s label (or,
// for a radio, its question) into view with it, as GOV.UK’s error summary does.
function focusField(event: MouseEvent, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  (field.type === 'radio' ? field.closest('fieldset') : (field.labels?.[0] ?? field))?.scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK’s error summary: the widget focuses it when shown, and each link moves focus to its field.
 * No alert role: taking focus already has it read, and an alert as well would read it twice.
 */
export function ErrorSummary({ id, level, errors }: Props) {
  return (
    <div id={id} class="error-summary" role="group" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        There is a problem
      </Heading>
      <ul>
        {errors.map(({ fieldId, message }) => (
          <li key={fieldId}>
            <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
