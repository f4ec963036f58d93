import { useState } from 'preact/hooks';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';
import { loadRest } from './load-rest.ts';
import type { PersistentState } from './use-persistent-state.ts';

type AskFirstProps = { id: string; label: string; prompt: string; yes: string; onYes: () => void };

/**
 * A button whose action waits for an inline "are you sure?" step (not window.confirm): focus moves
 * to the prompt, so screen readers read it first, and Cancel goes back to the button.
 */
export function AskFirst({ id, label, prompt, yes, onYes }: AskFirstProps) {
  const [asking, setAsking] = useState(false);
  const focusAfter = useFocusAfter();
  const ask = (next: boolean) => {
    focusAfter(next ? `${id}-prompt` : id);
    setAsking(next);
  };
  if (!asking)
    return (
      <button type="button" id={id} class="button secondary" onClick={() => ask(true)}>
        {label}
      </button>
    );
  return (
    <div class="co-confirm" role="group" aria-labelledby={`${id}-prompt`}>
      <p id={`${id}-prompt`} tabIndex={-1}>
        {prompt}
      </p>
      <button
        type="button"
        class="button"
        onClick={() => {
          setAsking(false);
          onYes();
        }}
      >
        {yes}
      </button>{' '}
      <button type="button" class="button secondary" onClick={() => ask(false)}>
        Cancel
      </button>
    </div>
  );
}

/** "Start over", asked first since it deletes everything the reader entered. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  return (
    <AskFirst
      id={`${ID_PREFIX}-start-over`}
      label="Start over"
      prompt="Clear everything you entered? This can’t be undone."
      yes="Yes, clear everything"
      onYes={onConfirm}
    />
  );
}

// Two polite status lines, there from the first render so screen readers announce what they later
// say; the buttons and a save it couldn’t read come with the code that reads saves (KeptActions.tsx).
/** What the builder says about the reader’s numbers, with what they can do about them. */
export function KeptNumbers({ notices, kept }: Pick<PersistentState, 'notices' | 'kept'>) {
  const rest = kept && loadRest.loaded;
  return (
    <>
      <p role="status" class="co-notice" id={`${ID_PREFIX}-notice`} tabIndex={-1}>
        {notices.link}
        {rest && <rest.KeptButtons actions={kept.actions} />}
      </p>
      <p role="status" class="co-notice">
        {notices.storage}
      </p>
      {rest && kept.unreadable && <rest.UnreadableSave text={kept.unreadable} onDelete={kept.discard} />}
    </>
  );
}
