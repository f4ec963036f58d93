import type { PersistentState } from './use-persistent-state.ts';
import { loadRest } from './load-rest.ts';

type Props = Pick<PersistentState, 'notices' | 'kept'>;

/**
 * What the builder says about the reader’s saved numbers: two polite status lines, there from the
 * first render so screen readers announce what they later say, with the buttons that go with them
 * (KeptActions.tsx). Nothing here deletes numbers without the reader pressing a button that says
 * so.
 */
export function KeptNumbers({ notices, kept }: Props) {
  const parts = kept && loadRest.loaded;
  return (
    <>
      <p role="status" class="co-notice">
        {notices.link}
        {parts && <parts.BackupButtons backups={kept.backups} />}
      </p>
      <p role="status" class="co-notice">
        {notices.storage}
        {parts && <parts.ConflictButtons conflict={kept.conflict} />}
      </p>
      {parts && <parts.UnreadableSave unreadable={kept.unreadable} />}
    </>
  );
}
