import type { PersistentState } from './use-persistent-state.ts';
import { ID_PREFIX } from './columns.ts';
import { loadRest } from './load-rest.ts';

type Props = Pick<PersistentState, 'notices' | 'kept'>;

/**
 * What the builder says about the reader’s numbers: two polite status lines, there from the first
 * render so screen readers announce what they later say, with the buttons that go with them and a
 * save it couldn’t read (KeptActions.tsx, which needs the code that reads saves).
 */
export function KeptNumbers({ notices, kept }: Props) {
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
