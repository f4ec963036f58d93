import { useState } from 'preact/hooks';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';

type ConfirmProps = {
  /** The prompt’s id: whoever opens the step moves focus to it, so screen readers read it first. */
  id: string;
  prompt: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
};

/** An inline "are you sure?" step with a confirm and a Cancel button, instead of window.confirm. */
export function Confirm({ id, prompt, yes, onYes, onCancel }: ConfirmProps) {
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

/** "Start over", behind an inline confirmation since it deletes everything the reader entered. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const focusAfter = useFocusAfter();
  const buttonId = `${ID_PREFIX}-start-over`;
  const promptId = `${buttonId}-prompt`;
  return asking ? (
    <Confirm
      id={promptId}
      prompt="Clear everything you entered? This can’t be undone."
      yes="Yes, clear everything"
      onYes={() => {
        setAsking(false);
        onConfirm();
      }}
      onCancel={() => {
        focusAfter(buttonId);
        setAsking(false);
      }}
    />
  ) : (
    <button
      type="button"
      id={buttonId}
      class="button secondary"
      onClick={() => {
        focusAfter(promptId);
        setAsking(true);
      }}
    >
      Start over
    </button>
  );
}
