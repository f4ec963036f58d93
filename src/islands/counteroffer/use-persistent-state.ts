import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferState, Restored } from '../../lib/counteroffer/index.ts';
import { hasHandoff } from '../../lib/call-advice/handoff-params.ts';
import { LINK_PREFIX } from '../../lib/counteroffer/link.ts';
import { startState } from '../../lib/counteroffer/state.ts';
import { SERVER_LOCALE } from '../../lib/offer/locale.ts';
// Saving is here, not in the lazy chunk, so a keystroke followed at once by a reload is saved
// even when the rest of the builder hasn’t arrived.
import { encodeForSave } from '../../lib/counteroffer/encode.ts';
import {
  STORAGE_KEY,
  STORE_KEYS,
  clearSaved,
  emptySaved,
  pushHistory,
  saveEdit,
  writeSaved,
  type KeyValue,
  type Saved,
} from '../../lib/counteroffer/store.ts';
import type { KeptActions } from './kept-actions.ts';
import { loadRest } from './load-rest.ts';

/** Said once when the browser refuses storage (private browsing, a full quota, blocked cookies). */
export const STORAGE_UNAVAILABLE =
  'This browser won’t let the builder save your numbers: download the message or share a link to keep them.';

/** Said when the code that reads and writes saved numbers didn’t load. */
export const STORED_STATE_FAILED =
  'Part of this page didn’t load, so your numbers can’t be opened or saved. Reload the page to try again.';

/** What this browser holds before anything is read or saved. */
const NOTHING_SAVED: Saved = emptySaved();

/** The builder’s state with where it lives: this page’s storage, share links and the URL’s query. */
export type PersistentState = {
  state: CounterofferState;
  update: (change: (state: CounterofferState) => CounterofferState) => void;
  /** The reader’s locale once hydrated; SERVER_LOCALE before. */
  locale: string;
  /** True once the saved or shared state has been read. */
  ready: boolean;
  /** True while the state is the starting one (nothing entered, restored or chosen yet). */
  pristine: boolean;
  /** What the reader should know about saving and links, or "". */
  notices: { link: string; storage: string };
  /**
   * The ways back to kept numbers (restore after a link, another tab’s numbers, a save it couldn’t
   * read); undefined until the code that reads saves is here, when there is nothing to go back to.
   */
  kept: KeptActions | undefined;
  /** Back to the starting state; the saved copy and any kept numbers are deleted. */
  reset: () => void;
};

/**
 * Holds the builder’s state, restored after hydration (a share link first, then localStorage,
 * then the starting state) and saved as it changes, through the store in
 * src/lib/counteroffer/store.ts. The server and the first client render use
 * `startState(SERVER_LOCALE)`, so hydration matches. Storage failures are reported, never thrown.
 */
export function usePersistentState(): PersistentState {
  const [state, setState] = useState(() => startState(SERVER_LOCALE));
  const [locale, setLocale] = useState(SERVER_LOCALE);
  const [ready, setReady] = useState(false);
  const [link, setLink] = useState('');
  const [storage, setStorage] = useState('');
  // A mirror of what this browser holds, re-rendered when it changes; written only through commit.
  const [saved, setSaved] = useState<Saved>(NOTHING_SAVED);
  const savedRef = useRef<Saved>(saved);
  // The other tab’s save while the reader hasn’t chosen; undefined when there is none.
  const [theirs, setTheirs] = useState<string | null | undefined>(undefined);
  const start = useRef('');

  const kv: KeyValue = {
    get: (key) => {
      try {
        return localStorage.getItem(key);
      } catch {
        setStorage(STORAGE_UNAVAILABLE);
        return null;
      }
    },
    set: (key, value) => {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        setStorage(STORAGE_UNAVAILABLE);
      }
    },
  };
  // Every change of what is kept goes through here.
  const commit = (next: Saved) => {
    if (next === savedRef.current) return;
    savedRef.current = next;
    setSaved(next);
    writeSaved(kv, next);
  };

  useEffect(() => {
    const readerLocale = navigator.language || SERVER_LOCALE;
    const first = startState(readerLocale);
    start.current = JSON.stringify(first);
    const restore = () => {
      const { hash, search } = location;
      // `address` is the page’s address once a link or ?co-goal= has been read (see address.ts);
      // a first visit has neither, so it leaves the address alone.
      const apply = (restored: Restored, stored: Saved, address = location.href) => {
        if (address !== location.href) history.replaceState(history.state, '', address);
        savedRef.current = stored;
        setSaved(stored);
        commit(restored.saved);
        showState(restored.state);
        setLink(restored.notice);
        setLocale(readerLocale);
        setReady(true);
      };
      // A first visit has nothing to read, so it needn’t wait for the code that reads.
      // (A link’s kept numbers, `:link`, never stand without a saved state; history and a save it
      // couldn’t read may.)
      const blank = [STORE_KEYS.current, STORE_KEYS.history, STORE_KEYS.unreadable].every(
        (key) => kv.get(key) === null,
      );
      if (blank && !hash.startsWith(LINK_PREFIX) && !hasHandoff(new URLSearchParams(search))) {
        apply({ state: first, notice: '', saved: NOTHING_SAVED }, NOTHING_SAVED);
        return;
      }
      loadRest().then(
        (code) => {
          // A link opened over the builder: the last keystroke may not be saved yet.
          saveLatest();
          const stored = code.readSaved(kv);
          apply(
            code.restoreState(first, { hash, search, saved: stored, locale: readerLocale }),
            stored,
            code.addressAfterReading(location.href),
          );
        },
        // The form stays inert: a change now would be saved over the numbers it couldn’t read.
        () => setStorage(STORED_STATE_FAILED),
      );
    };
    restore();
    // A link opened in a tab already showing the builder only changes the fragment: no reload.
    const onHashChange = () => {
      if (location.hash.startsWith(LINK_PREFIX)) restore();
    };
    // Another tab saved: its history joins ours; its numbers wait for the reader’s choice.
    const onStorage = (event: StorageEvent) => {
      if (event.key?.startsWith(STORAGE_KEY))
        void loadRest().then((code) => {
          const { saved: merged, theirs: other } = code.fromOtherTab(savedRef.current, code.readSaved(kv));
          savedRef.current = merged;
          setSaved(merged);
          if (other === undefined) return;
          setTheirs(other);
          // A save may run before the next render: it must already keep this page’s numbers aside.
          latest.current.waiting = true;
        });
    };
    // An effect runs a frame after the render, so a reload or a link followed at once would lose
    // the last keystroke: leaving the page saves what is on screen.
    const onPageHide = () => saveLatest();
    addEventListener('hashchange', onHashChange);
    addEventListener('storage', onStorage);
    addEventListener('pagehide', onPageHide);
    return () => {
      removeEventListener('hashchange', onHashChange);
      removeEventListener('storage', onStorage);
      removeEventListener('pagehide', onPageHide);
    };
    // Restoring happens on hydration and on a new link; later prop changes don’t re-read storage.
  }, []);

  const json = JSON.stringify(state);
  // Before hydration the first render’s state is the starting one by construction.
  const pristine = !ready || json === start.current;
  const latest = useRef({ state, pristine, locale, ready, waiting: theirs !== undefined });
  latest.current = { state, pristine, locale, ready, waiting: theirs !== undefined };
  // While another tab’s numbers wait for the reader’s choice, this page’s go into the kept history
  // (replacing the ones it put there last), so closing or reloading the page loses neither set.
  const keptMine = useRef<string | null>(null);
  // A state brought from the store: until it renders, the one on screen is no longer the one to save.
  const showState = (next: CounterofferState) => {
    latest.current.ready = false;
    setState(next);
  };
  // Nothing to save before the save was read, or on a first visit with nothing typed.
  const nothingToSave = () => {
    const now = latest.current;
    return !now.ready || (now.pristine && savedRef.current.current === null);
  };
  // Saves what is on screen now: the reader may have typed on, started over, or another tab may
  // have saved since the save was asked for.
  const saveLatest = () => {
    if (nothingToSave()) return;
    const now = latest.current;
    const mine = now.pristine ? null : encodeForSave(now.state, now.locale);
    if (!now.waiting) {
      keptMine.current = null;
      commit(saveEdit(savedRef.current, mine));
      return;
    }
    const saved = savedRef.current;
    const history = saved.history.filter((entry) => entry !== keptMine.current);
    keptMine.current = mine;
    commit({ ...saved, history: pushHistory(history, mine) });
  };

  useEffect(saveLatest, [json, pristine, ready, theirs]);

  // Nothing to restore, keep or copy before the rest of the builder is here: reading a save loads it.
  const kept = loadRest.loaded?.keptActions({
    saved,
    theirs,
    state,
    pristine,
    locale,
    start: () => startState(locale),
    commit,
    setState: showState,
    setLink,
    setTheirs,
  });

  return {
    state,
    update: setState,
    locale,
    ready,
    pristine,
    notices: { link, storage: kept?.notice || storage },
    kept,
    reset: () => {
      commit(clearSaved(saved));
      showState(startState(locale));
      setLink('');
    },
  };
}
