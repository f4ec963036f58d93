import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferState, Restored } from '../../lib/counteroffer';
import { LINK_PREFIX, QUERY_PARAMS } from '../../lib/counteroffer/link';
import {
  backToLink,
  clearSaved,
  dropUnreadable,
  emptySaved,
  readSaved,
  restorePrevious,
  saveEdit,
  settleConflict,
  storeKeys,
  writeSaved,
  type KeyValue,
  type Saved,
} from '../../lib/counteroffer/store';
import { loadDeferred } from './load-deferred';

/** The locale the server renders in; the reader's own replaces it once the island runs. */
export const SERVER_LOCALE = 'en-US';

/** Said once when the browser refuses storage (private browsing, a full quota, blocked cookies). */
export const STORAGE_UNAVAILABLE =
  "This browser won't let the builder save your numbers: download the message or share a link to keep them.";

/** Said when the code that reads and writes saved numbers didn't load. */
export const STORED_STATE_FAILED =
  'Part of this page didn’t load, so your numbers can’t be opened or saved. Reload the page to try again.';

/** Said while another tab's save waits for the reader's choice; nothing is saved until they choose. */
export const OTHER_TAB_CHANGED =
  'Your numbers were changed in another tab. This page stopped saving so neither is lost: which do you want to keep?';

/** The builder's state with where it lives: this page's storage, share links and the URL's query. */
export type PersistentState = {
  state: CounterofferState;
  update: (change: (state: CounterofferState) => CounterofferState) => void;
  /** The reader's locale once hydrated; SERVER_LOCALE before. */
  locale: string;
  /** True once the saved or shared state has been read. */
  ready: boolean;
  /** True while the state is the starting one (nothing entered, restored or chosen yet). */
  pristine: boolean;
  /** What the reader should know about saving and links, or "". */
  notices: { link: string; storage: string };
  /** Ways back to kept numbers, each null while there is nothing to go back to. */
  backups: { restore: (() => Promise<void>) | null; backToLink: (() => Promise<void>) | null };
  /** Set while another tab's save waits for the reader to keep theirs or this page's. */
  conflict: { keepMine: () => void; keepTheirs: () => void } | null;
  /** A save this page couldn't read, kept as it was (text to copy), and a way to delete it. */
  unreadable: { text: string; discard: () => void } | null;
  /** Back to the starting state; the saved copy and any kept numbers are deleted. */
  reset: () => void;
};

/**
 * Holds the builder's state, restored after hydration (a share link first, then localStorage,
 * then `makeStart`) and saved under `storageKey` as it changes, through the store in
 * src/lib/counteroffer/store.ts. The server and the first client render use
 * `makeStart(SERVER_LOCALE)`, so hydration matches. Storage failures are reported, never thrown.
 */
export function usePersistentState(
  storageKey: string,
  makeStart: (locale: string) => CounterofferState,
): PersistentState {
  const [state, setState] = useState(() => makeStart(SERVER_LOCALE));
  const [locale, setLocale] = useState(SERVER_LOCALE);
  const [ready, setReady] = useState(false);
  const [link, setLink] = useState('');
  const [storage, setStorage] = useState('');
  // A mirror of what this browser holds, re-rendered when it changes; written only through commit.
  const [saved, setSaved] = useState<Saved>(emptySaved);
  const savedRef = useRef<Saved>(saved);
  // The other tab's save while the reader hasn't chosen; undefined when there is none.
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
  const commit = (next: Saved) => {
    if (next === savedRef.current) return;
    savedRef.current = next;
    setSaved(next);
    writeSaved(kv, storageKey, next);
  };

  useEffect(() => {
    const readerLocale = navigator.language || SERVER_LOCALE;
    const first = makeStart(readerLocale);
    start.current = JSON.stringify(first);
    const restore = () => {
      const stored = readSaved(kv, storageKey);
      const { hash, search } = location;
      const url = new URL(location.href);
      const apply = (restored: Restored) => {
        // The link has been read and is saved below; leaving it in the address bar would bring back
        // these numbers on every reload, over whatever the reader changes next. The same goes for ?goal=.
        if (hash.startsWith(LINK_PREFIX)) url.hash = '';
        if (url.searchParams.has('goal')) for (const name of QUERY_PARAMS) url.searchParams.delete(name);
        if (url.href !== location.href) history.replaceState(history.state, '', url);
        savedRef.current = stored;
        commit(restored.saved);
        setSaved(restored.saved);
        setState(restored.state);
        setLink(restored.notice);
        setLocale(readerLocale);
        setReady(true);
      };
      // A first visit has nothing to read, so it needn't wait for the code that reads.
      if (stored.current === null && !hash.startsWith(LINK_PREFIX) && !url.searchParams.has('goal')) {
        apply({ state: first, notice: '', saved: stored });
        return;
      }
      loadDeferred().then(
        (code) => apply(code.restoreState(first, { hash, search, saved: stored, locale: readerLocale })),
        // The form stays inert: a change now would be saved over the numbers it couldn't read.
        () => setStorage(STORED_STATE_FAILED),
      );
    };
    restore();
    // A link opened in a tab already showing the builder only changes the fragment: no reload.
    const onHashChange = () => {
      if (location.hash.startsWith(LINK_PREFIX)) restore();
    };
    // Another tab saved: its history joins ours at once; its numbers wait for the reader's choice.
    const onStorage = (event: StorageEvent) => {
      const keys = storeKeys(storageKey);
      if (event.key === null || !Object.values(keys).includes(event.key)) return;
      const now = readSaved(kv, storageKey);
      const mine = savedRef.current;
      savedRef.current = { ...mine, history: now.history, link: now.link, unreadable: now.unreadable };
      setSaved(savedRef.current);
      if (event.key === keys.current && event.newValue !== mine.current) setTheirs(event.newValue);
    };
    addEventListener('hashchange', onHashChange);
    addEventListener('storage', onStorage);
    return () => {
      removeEventListener('hashchange', onHashChange);
      removeEventListener('storage', onStorage);
    };
    // Restoring happens on hydration and on a new link; later prop changes don't re-read storage.
  }, []);

  const json = JSON.stringify(state);
  // Before hydration the first render's state is the starting one by construction.
  const pristine = !ready || json === start.current;
  const latest = useRef({ state, pristine, locale, waiting: theirs !== undefined });
  latest.current = { state, pristine, locale, waiting: theirs !== undefined };

  useEffect(() => {
    if (!ready || theirs !== undefined) return;
    if (pristine) {
      commit(saveEdit(savedRef.current, null));
      return;
    }
    loadDeferred().then(
      ({ encodeForSave }) => {
        // Saved as it is once the codec is here: the reader may have typed on, started over, or another tab may have saved.
        const now = latest.current;
        if (!now.pristine && !now.waiting) commit(saveEdit(savedRef.current, encodeForSave(now.state, now.locale)));
        setStorage((notice) => (notice === STORED_STATE_FAILED ? '' : notice));
      },
      () => setStorage(STORED_STATE_FAILED),
    );
    // After a failed fetch, the one that works (the message's Try again) saves what was missed.
  }, [json, pristine, ready, storageKey, theirs, loadDeferred.loaded]);

  // Shows the snapshot's current state; says so when it can no longer be read.
  const show = (next: Saved, said: string): Promise<void> =>
    loadDeferred().then(
      ({ decodeForReader }) => {
        const shown = next.current === null ? makeStart(locale) : decodeForReader(next.current, locale);
        if (!shown) {
          setLink('Those numbers can no longer be read.');
          return;
        }
        commit(next);
        setState(shown);
        setLink(said);
      },
      () => setStorage(STORED_STATE_FAILED),
    );

  const settle = (keep: 'mine' | 'theirs') => {
    const other = theirs ?? null;
    loadDeferred().then(
      ({ encodeForSave }) => {
        const mine = pristine ? null : encodeForSave(state, locale);
        const next = settleConflict(savedRef.current, mine, other, keep);
        setTheirs(undefined);
        if (keep === 'theirs') void show(next, 'The numbers from your other tab are here; this page’s are kept.');
        else {
          commit(next);
          setLink('This page’s numbers are kept; the other tab’s are kept too.');
        }
      },
      () => setStorage(STORED_STATE_FAILED),
    );
  };

  return {
    state,
    update: setState,
    locale,
    ready,
    pristine,
    notices: { link, storage: theirs !== undefined ? OTHER_TAB_CHANGED : storage },
    backups: {
      restore:
        saved.history.length > 0
          ? () => show(restorePrevious(savedRef.current), 'Your previous numbers are back.')
          : null,
      backToLink:
        saved.link !== null && saved.source === 'own'
          ? () => show(backToLink(savedRef.current), 'The numbers from the link are back.')
          : null,
    },
    conflict:
      theirs === undefined ? null : { keepMine: () => settle('mine'), keepTheirs: () => settle('theirs') },
    unreadable:
      saved.unreadable === null
        ? null
        : { text: saved.unreadable, discard: () => commit(dropUnreadable(savedRef.current)) },
    reset: () => {
      commit(clearSaved(savedRef.current));
      setState(makeStart(locale));
      setLink('');
    },
  };
}
