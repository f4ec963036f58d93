import { useState } from 'preact/hooks';
import type { CounterofferState } from '../../lib/counteroffer/state.ts';
import { shareLink } from '../../lib/counteroffer/restore.ts';
import { AskFirst } from './KeepIt.tsx';
import type { KeptAction } from './use-persistent-state.ts';
import { useCopy } from '../shared/use-copy.ts';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';

/** The buttons beside the notice; the pressed one may be gone after it acts, so focus goes to the next, else the notice. */
export function KeptButtons({ actions }: { actions: KeptAction[] }) {
  const focusAfter = useFocusAfter();
  const id = `${ID_PREFIX}-notice`;
  const next = () => document.querySelector<HTMLElement>(`#${id} button`) ?? document.getElementById(id);
  return actions.map(({ label, run }) => (
    <span key={label}>
      {' '}
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          run();
          focusAfter(next);
        }}
      >
        {label}
      </button>
    </span>
  ));
}

/** A save the builder couldn’t read, as stored, with Copy and Delete; it stays until the reader deletes it. */
export function UnreadableSave({ text, onDelete }: { text: string; onDelete: () => void }) {
  const [status, copy] = useCopy();
  const savedId = `${ID_PREFIX}-unreadable`;
  return (
    <div class="co-confirm" role="group" aria-labelledby={`${savedId}-label`}>
      <p id={`${savedId}-label`}>
        Your saved numbers couldn’t be opened: they were saved by another version of this page, or damaged.
        They are kept in this browser: copy them out to keep them.
      </p>
      <label for={savedId}>Your saved numbers, as stored</label>
      <textarea id={savedId} readOnly rows={2} value={text} />
      <button type="button" class="button" onClick={() => copy(text, savedId)}>
        Copy them
      </button>{' '}
      <button type="button" class="button secondary" onClick={onDelete}>
        Delete them
      </button>
      <p role="status" class="co-status">
        {status}
      </p>
    </div>
  );
}

/** "Share a link": says first that the link holds the reader’s numbers, then shows it with Copy. */
export function ShareLink({ state, locale }: { state: CounterofferState; locale: string }) {
  const [created, setCreated] = useState(false);
  const [status, copy] = useCopy();
  const focusAfter = useFocusAfter();
  const id = `${ID_PREFIX}-share`;
  // Made only once asked for: the server has no location.
  const link = created ? shareLink(state, locale, location.origin, import.meta.env.BASE_URL) : '';
  return (
    <>
      {created ? (
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
      ) : (
        <AskFirst
          id={id}
          label="Share a link"
          prompt="The link contains your numbers, names and notes: anyone with it can see them. They sit after the # in the link, which is never sent to a server."
          yes="Create link"
          onYes={() => {
            focusAfter(`${id}-link`);
            setCreated(true);
          }}
        />
      )}
      <p role="status" class="co-status">
        {status}
      </p>
    </>
  );
}
