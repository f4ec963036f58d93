import { useState } from 'preact/hooks';
import { Confirm } from './Confirm';
import { useFocusAfter } from './use-focus-after';

type Props = {
  idPrefix: string;
  /** Clears the builder and its saved copy. */
  onConfirm: () => void;
};

/** "Start over", behind an inline confirmation since it deletes everything the reader entered. */
export function StartOver({ idPrefix, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const focusAfter = useFocusAfter();
  const buttonId = `${idPrefix}-start-over`;
  return asking ? (
    <Confirm
      id={`${buttonId}-prompt`}
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
    <button type="button" id={buttonId} class="button secondary" onClick={() => setAsking(true)}>
      Start over
    </button>
  );
}
