import { useState } from 'preact/hooks';
import type { CounterofferState } from '../../lib/counteroffer/state.ts';
import { shareLink } from '../../lib/counteroffer/link.ts';
import { useCopy } from '../shared/use-copy.ts';
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

/**
 * "Share a link": says first that the link holds the reader’s numbers, then shows it with Copy;
 * Cancel goes back to the button.
 */
export function ShareLink({ state, locale }: { state: CounterofferState; locale: string }) {
  const [step, setStep] = useState<'button' | 'warning' | 'created'>('button');
  const [status, copy] = useCopy();
  const focusAfter = useFocusAfter();
  const id = `${ID_PREFIX}-share`;
  const go = (next: typeof step, focus: string) => () => {
    focusAfter(focus);
    setStep(next);
  };
  const link = shareLink(state, locale, location.origin, import.meta.env.BASE_URL);
  return (
    <>
      {step === 'button' && (
        <button type="button" id={id} class="button secondary" onClick={go('warning', `${id}-prompt`)}>
          Share a link
        </button>
      )}
      {step === 'warning' && (
        <Confirm
          id={`${id}-prompt`}
          prompt="The link contains your numbers, names and notes: anyone with it can see them. They sit after the # in the link, which is never sent to a server."
          yes="Create link"
          onYes={go('created', `${id}-link`)}
          onCancel={go('button', id)}
        />
      )}
      {step === 'created' && (
        <div class="co-confirm">
          <label for={`${id}-link`}>Link to your counteroffer (it follows your changes)</label>
          <input
            type="text"
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="button" onClick={() => copy(link, `${id}-link`)}>
            Copy link
          </button>
        </div>
      )}
      <p role="status" class="co-status">
        {status}
      </p>
    </>
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
