import type { PersistentState } from './use-persistent-state.ts';
import { useCopy } from '../shared/use-copy.ts';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';

type Kept = NonNullable<PersistentState['kept']>;

/** Said above a save the builder couldn’t read; it stays, with Copy, until the reader deletes it. */
export const UNREADABLE_SAVE =
  'Your saved numbers couldn’t be opened: they were saved by another version of this page, or damaged. They are kept in this browser: copy them out to keep them.';

/** Restore after a link, and back to the link’s numbers; focus follows to the way back. */
export function BackupButtons({ backups }: { backups: Kept['backups'] }) {
  const restoreId = `${ID_PREFIX}-restore`;
  const linkId = `${ID_PREFIX}-back-to-link`;
  // The pressed button may be gone after the swap: focus goes to the way back, else the other way.
  const focusAfter = useFocusAfter();
  const then = (run: () => Promise<void>, order: string[]) => () =>
    void run().then(() => focusAfter(() => order.map((id) => document.getElementById(id)).find(Boolean)));
  return (
    <>
      {backups.restore && (
        <>
          {' '}
          <button
            type="button"
            id={restoreId}
            class="button secondary"
            onClick={then(backups.restore, [linkId, restoreId])}
          >
            Restore your previous numbers
          </button>
        </>
      )}
      {backups.backToLink && (
        <>
          {' '}
          <button
            type="button"
            id={linkId}
            class="button secondary"
            onClick={then(backups.backToLink, [restoreId, linkId])}
          >
            Back to the numbers from the link
          </button>
        </>
      )}
    </>
  );
}

/** Another tab saved: keep its numbers or this page’s (the other is kept in the history either way). */
export function ConflictButtons({ conflict }: { conflict: Kept['conflict'] }) {
  if (!conflict) return null;
  return (
    <>
      {' '}
      <button type="button" class="button secondary" onClick={conflict.keepTheirs}>
        Use the other tab’s numbers
      </button>{' '}
      <button type="button" class="button secondary" onClick={conflict.keepMine}>
        Keep this page’s numbers
      </button>
    </>
  );
}

/** A save the builder couldn’t read, as stored, with Copy and Delete. */
export function UnreadableSave({ unreadable }: { unreadable: Kept['unreadable'] }) {
  const [status, copy] = useCopy();
  if (!unreadable) return null;
  const savedId = `${ID_PREFIX}-unreadable`;
  return (
    <div class="co-confirm" role="group" aria-labelledby={`${savedId}-label`}>
      <p id={`${savedId}-label`}>{UNREADABLE_SAVE}</p>
      <label for={savedId}>Your saved numbers, as stored</label>
      <textarea id={savedId} readOnly rows={2} value={unreadable.text} />
      <button type="button" class="button" onClick={() => copy(unreadable.text, savedId)}>
        Copy them
      </button>{' '}
      <button type="button" class="button secondary" onClick={unreadable.discard}>
        Delete them
      </button>
      <p role="status" class="co-status">
        {status}
      </p>
    </div>
  );
}
