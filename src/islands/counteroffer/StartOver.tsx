import { useState } from 'preact/hooks';
import { loadRest } from './load-rest.ts';
import { useFocusAfter } from '../shared/use-focus-after.ts';

type Props = {
  idPrefix: string;
  /** Clears the builder and its saved copy. */
  onConfirm: () => void;
};

/**
 * "Start over", behind an inline confirmation since it deletes everything the reader entered.
 */
export function StartOver({ idPrefix, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const focusAfter = useFocusAfter();
  const buttonId = `${idPrefix}-start-over`;
  const promptId = `${buttonId}-prompt`;
  const ask = () => {
    focusAfter(promptId);
    setAsking(true);
  };
  const Ask = asking ? loadRest.loaded?.Confirm : undefined;
  return Ask ? (
    <Ask
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
      // A failed fetch leaves the button as it was; pressing it again tries again.
      onClick={() => {
        if (loadRest.loaded) ask();
        else void loadRest().then(ask, () => undefined);
      }}
    >
      Start over
    </button>
  );
}
