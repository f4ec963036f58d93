import type { PersistentState } from './use-persistent-state.ts';
import { useCopy } from '../shared/use-copy.ts';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';

type Props = Pick<PersistentState, 'notices' | 'kept'>;

/** Said above a save the builder couldn’t read; it stays, with Copy, until the reader deletes it. */
export const UNREADABLE_SAVE =
  'Your saved numbers couldn’t be opened: they were saved by another version of this page, or damaged. They are kept in this browser: copy them out to keep them.';

/**
 * What the builder says about the reader’s numbers: two polite status lines, there from the first
 * render so screen readers announce what they later say, with the buttons that go with them, and a
 * save it couldn’t read. Nothing here deletes numbers without a button that says so.
 */
export function KeptNumbers({ notices, kept }: Props) {
  const [status, copy] = useCopy();
  // The pressed button may be gone after it acts: focus goes to the next way on, else the notice.
  const focusAfter = useFocusAfter();
  const id = `${ID_PREFIX}-notice`;
  const savedId = `${ID_PREFIX}-unreadable`;
  return (
    <>
      <p role="status" class="co-notice" id={id} tabIndex={-1}>
        {notices.link}
        {kept?.actions.map(({ label, run }) => (
          <span key={label}>
            {' '}
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                run();
                focusAfter(
                  () => document.querySelector<HTMLElement>(`#${id} button`) ?? document.getElementById(id),
                );
              }}
            >
              {label}
            </button>
          </span>
        ))}
      </p>
      <p role="status" class="co-notice">
        {notices.storage}
      </p>
      {kept?.unreadable && (
        <div class="co-confirm" role="group" aria-labelledby={`${savedId}-label`}>
          <p id={`${savedId}-label`}>{UNREADABLE_SAVE}</p>
          <label for={savedId}>Your saved numbers, as stored</label>
          <textarea id={savedId} readOnly rows={2} value={kept.unreadable} />
          <button type="button" class="button" onClick={() => copy(kept.unreadable ?? '', savedId)}>
            Copy them
          </button>{' '}
          <button type="button" class="button secondary" onClick={kept.discard}>
            Delete them
          </button>
          <p role="status" class="co-status">
            {status}
          </p>
        </div>
      )}
    </>
  );
}
