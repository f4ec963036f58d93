import { useState } from 'preact/hooks';
import { Confirm } from './Confirm';
import { useFocusAfter } from './use-focus-after';
import { useCopy } from '../shared/use-copy';

type Props = {
  idPrefix: string;
  /** Fetches what makeLink needs; called once the reader agrees to create the link. */
  prepare: () => Promise<unknown>;
  /** Builds the link for the current state; called only once `prepare` has resolved. */
  makeLink: () => string;
};

/** "Share a link": says first that the link holds the reader's numbers, then shows it with Copy. */
export function ShareLink({ idPrefix, prepare, makeLink }: Props) {
  const [step, setStep] = useState<'closed' | 'warning' | 'created'>('closed');
  const focusAfter = useFocusAfter();
  const [status, copy, setStatus] = useCopy();
  const id = `${idPrefix}-share`;
  if (step === 'closed') {
    return (
      <button type="button" id={id} class="button secondary" onClick={() => setStep('warning')}>
        Share a link
      </button>
    );
  }
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
          onCancel={() => {
            focusAfter(id);
            setStep('closed');
          }}
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
