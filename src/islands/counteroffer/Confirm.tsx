type Props = {
  /** The prompt's id: whoever opens the step moves focus to it (useFocusAfter), so screen readers read it first. */
  id: string;
  /** What the reader is agreeing to. */
  prompt: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
};

/** An inline "are you sure?" step with a confirm and a Cancel button, instead of window.confirm. */
export function Confirm({ id, prompt, yes, onYes, onCancel }: Props) {
  return (
    <div class="co-confirm" role="group" aria-labelledby={id}>
      <p id={id} tabIndex={-1}>
        {prompt}
      </p>
      <button type="button" class="button" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" class="button secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
