import { useState } from 'preact/hooks';
import type { ShareLinkProps } from './ShareLinkSteps.tsx';
import { loadRest } from './load-rest.ts';
import { useFocusAfter } from '../shared/use-focus-after.ts';

/** "Share a link": the button, and once pressed the steps (ShareLinkSteps). */
export function ShareLink(props: ShareLinkProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const focusAfter = useFocusAfter();
  const id = `${props.idPrefix}-share`;
  // The steps open on their prompt (ShareLinkSteps' Confirm), which takes focus.
  const opening = () => {
    focusAfter(`${id}-prompt`);
    setOpen(true);
  };
  const Steps = open ? loadRest.loaded?.ShareLinkSteps : undefined;
  if (Steps) {
    const close = () => {
      focusAfter(id);
      setOpen(false);
    };
    return <Steps {...props} onClose={close} />;
  }
  return (
    <>
      <button
        type="button"
        id={id}
        class="button secondary"
        onClick={() => {
          if (loadRest.loaded) opening();
          else
            props
              .prepare()
              .then(opening, () =>
                setStatus('The link couldn’t be made: part of this page didn’t load. Try again.'),
              );
        }}
      >
        Share a link
      </button>
      <p role="status" class="co-status">
        {status}
      </p>
    </>
  );
}
