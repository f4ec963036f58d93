import type { CounterofferState } from '../../lib/counteroffer/index.ts';
import { encodeForSave } from '../../lib/counteroffer/encode.ts';
import { decodeForReader } from '../../lib/counteroffer/restore.ts';
import {
  backToLink,
  dropUnreadable,
  restorePrevious,
  settleConflict,
  type Saved,
} from '../../lib/counteroffer/store.ts';

/** Said while another tab’s save waits for the reader’s choice; nothing is saved until they choose. */
export const OTHER_TAB_CHANGED =
  'Your numbers were changed in another tab. This page stopped saving so neither is lost: which do you want to keep?';

/**
 * Another tab wrote to storage (`now`): that is what this page now holds; its current numbers,
 * when they differ from this page’s, are `theirs`, to offer.
 */
export function fromOtherTab(mine: Saved, now: Saved): { saved: Saved; theirs: string | null | undefined } {
  return {
    // What storage holds is the other tab’s until the reader chooses; this page’s numbers are kept apart.
    saved: now,
    theirs: now.current === mine.current ? undefined : now.current,
  };
}

/** What the actions read and change in the hook that holds the builder’s state. */
export interface KeptContext {
  saved: Saved;
  /** The other tab’s save while the reader hasn’t chosen; undefined when there is none. */
  theirs: string | null | undefined;
  state: CounterofferState;
  pristine: boolean;
  locale: string;
  start: () => CounterofferState;
  commit: (next: Saved) => void;
  setState: (state: CounterofferState) => void;
  setLink: (notice: string) => void;
  setTheirs: (theirs: undefined) => void;
}

/** The ways back to kept numbers, each null while it has nothing to act on. */
export type KeptActions = ReturnType<typeof keptActions>;

/** The actions for the builder’s notices, each null while it has nothing to act on. */
export function keptActions(ctx: KeptContext) {
  // Shows the snapshot’s current state, or says it can no longer be read (and changes nothing).
  const show = (next: Saved, said: string): Promise<void> => {
    const shown = next.current === null ? ctx.start() : decodeForReader(next.current, ctx.locale);
    if (!shown) {
      ctx.setLink('Those numbers can no longer be read.');
    } else {
      ctx.commit(next);
      ctx.setState(shown);
      ctx.setLink(said);
    }
    return Promise.resolve();
  };
  const settle = (keep: 'mine' | 'theirs') => {
    const mine = ctx.pristine ? null : encodeForSave(ctx.state, ctx.locale);
    const next = settleConflict(ctx.saved, mine, ctx.theirs ?? null, keep);
    ctx.setTheirs(undefined);
    if (keep === 'theirs') void show(next, 'The numbers from your other tab are here; this page’s are kept.');
    else {
      ctx.commit(next);
      ctx.setLink('This page’s numbers are kept; the other tab’s are kept too.');
    }
  };
  return {
    backups: {
      restore:
        ctx.saved.history.length > 0
          ? () =>
              show(
                restorePrevious(ctx.saved, (state) => decodeForReader(state, ctx.locale) !== null),
                'Your previous numbers are back.',
              )
          : null,
      backToLink:
        ctx.saved.link !== null && ctx.saved.source === 'own'
          ? () => show(backToLink(ctx.saved), 'The numbers from the link are back.')
          : null,
    },
    conflict:
      ctx.theirs === undefined
        ? null
        : { keepMine: () => settle('mine'), keepTheirs: () => settle('theirs') },
    unreadable:
      ctx.saved.unreadable === null
        ? null
        : { text: ctx.saved.unreadable, discard: () => ctx.commit(dropUnreadable(ctx.saved)) },
    notice: ctx.theirs === undefined ? '' : OTHER_TAB_CHANGED,
  };
}
