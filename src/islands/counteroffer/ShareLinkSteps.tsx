import { useState } from 'preact/hooks';
import { Confirm } from './Confirm.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { useCopy } from '../shared/use-copy.ts';

/** What "Share a link" needs from the builder. */
export type ShareLinkProps = {
  idPrefix: string;
  /** Fetches what makeLink needs (and these steps); called when the reader asks for a link. */
  prepare: () => Promise<unknown>;
  /** Builds the link for the current state; called only once `prepare` has resolved. */
  makeLink: () => string;
};

/**
 * "Share a link" once pressed: says first that the link holds the reader's numbers, then shows it
 * with Copy; Cancel goes back to the button.
 */
export function ShareLinkSteps({
  idPrefix,
  prepare,
  makeLink,
  onClose,
}: ShareLinkProps & { onClose: () => void }) {
  const [step, setStep] = useState<'warning' | 'created'>('warning');
  const focusAfter = useFocusAfter();
  const [status, copy, setStatus] = useCopy();
  const id = `${idPrefix}-share`;
  if (step === 'warning') {
    return (
      <>
        <Confirm
          id={`${id}-prompt`}
          prompt="The link contains your numbers, names and notes: anyone with it can see them. They sit after the # in the link, which is never sent to a server."
          yes="Create link"
          onYes={() => {
            prepare().then(
              () => {
                focusAfter(`${id}-link`);
                setStep('created');
              },
              () => setStatus('The link couldn’t be made: part of this page didn’t load. Try again.'),
            );
          }}
          onCancel={onClose}
        />
        <p role="status" class="co-status">
          {status}
        </p>
      </>
    );
  }
  return (
    <div class="co-confirm">
      <label for={`${id}-link`}>Link to your counteroffer (it follows your changes)</label>
      <input
        type="text"
        id={`${id}-link`}
        readOnly
        value={makeLink()}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" class="button" onClick={() => copy(makeLink(), `${id}-link`)}>
        Copy link
      </button>
      <p role="status" class="co-status">
        {status}
      </p>
    </div>
  );
}
