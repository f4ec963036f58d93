import type { CallQuestion } from '../../lib/call-advice/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';

type Props = {
  idPrefix: string;
  question: CallQuestion;
  /** 1-based position of this step, and how many steps these answers may lead through (fewest, most). */
  number: number;
  fewest: number;
  total: number;
  level: HeadingLevel;
  headingId: string;
  selected: string | undefined;
  /** The error message to show next to the radios, or null when there is none. */
  error: string | null;
  onSelect: (value: string) => void;
  /** Continue with the selection; also what Enter on a radio does, as in a form. */
  onContinue: () => void;
};

/** One question as native radios in a fieldset; the legend is a heading that says the step. */
export function QuestionStep(props: Props) {
  const {
    idPrefix,
    question,
    number,
    fewest,
    total,
    level,
    headingId,
    selected,
    error,
    onSelect,
    onContinue,
  } = props;
  const name = `${idPrefix}-${question.key}`;
  const errorId = `${name}-error`;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    onContinue();
  };
  return (
    <fieldset
      class={error ? 'ttc-fieldset ttc-fieldset-error' : 'ttc-fieldset'}
      aria-describedby={error ? errorId : undefined}
      onKeyDown={onKeyDown}
    >
      <legend class="ttc-legend">
        <Heading level={level} id={headingId} tabIndex={-1} class="ttc-step-heading">
          <span class="ttc-caption">
            Step {number} of {fewest === total ? total : `${fewest} or ${total}`}
            <span class="visually-hidden">:</span>
          </span>{' '}
          {question.legend}
        </Heading>
      </legend>
      {error && (
        <p id={errorId} class="ttc-error-message">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class="ttc-radios">
        {question.options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div class="ttc-radio" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={selected === option.value}
                // A tick the browser restores on reload is cleared by the render after hydration.
                onChange={() => onSelect(option.value)}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
