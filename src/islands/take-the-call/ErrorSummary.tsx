import { Heading, type HeadingLevel } from './Heading';

type Props = {
  id: string;
  level: HeadingLevel;
  message: string;
  /** The id of the input the message is about: the first radio of the question. */
  fieldId: string;
};

/** GOV.UK's error summary: takes focus when shown, and its link moves focus to the field. */
export function ErrorSummary({ id, level, message, fieldId }: Props) {
  const focusField = (event: MouseEvent): void => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Focusing instead of following the link keeps the URL's hash and puts the question in view.
    event.preventDefault();
    field.closest('fieldset')?.scrollIntoView();
    field.focus({ preventScroll: true });
  };
  return (
    <div id={id} class="ttc-error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`} class="ttc-error-summary-title">
        There is a problem
      </Heading>
      <ul class="ttc-error-summary-list">
        <li>
          <a href={`#${fieldId}`} onClick={focusField}>
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
