import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferState, Restored } from '../../lib/counteroffer';
import { LINK_PREFIX, handoffParamsToRemove, hasHandoff } from '../../lib/counteroffer/link';
import { loadDeferred } from './load-deferred';

/** The locale the server renders in; the reader's own replaces it once the island runs. */
export const SERVER_LOCALE = 'en-US';

/** Said once when the browser refuses storage (private browsing, a full quota, blocked cookies). */
export const STORAGE_UNAVAILABLE =
  "This browser won't let the builder save your numbers: download the message or share a link to keep them.";

/** Said when the code that reads and writes saved numbers didn't load. */
export const STORED_STATE_FAILED =
  'Part of this page didn’t load, so your numbers can’t be opened or saved. Reload the page to try again.';

/** Where the reader's own numbers are kept while a share link's numbers are shown. */
export const backupKey = (storageKey: string): string => `${storageKey}:previous`;

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
  /**
   * Set after a share link replaced the reader's own numbers (kept under backupKey): swaps the two,
   * so the reader can go back to theirs and, from there, to the link's. `mine` says which is kept.
   */
  swap: { run: () => void; mine: boolean } | null;
  /** Back to the starting state; the saved copy and any kept numbers are deleted. */
  reset: () => void;
};

/**
 * Holds the builder's state, restored after hydration (a share link first, then localStorage,
 * then `makeStart`) and saved under `storageKey` as it changes. The server and the first client
 * render use `makeStart(SERVER_LOCALE)`, so hydration matches. Storage failures are reported, never thrown.
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
  // Whether numbers are kept aside, and whether they are the reader's own (true) or the link's.
  const [kept, setKept] = useState<boolean | null>(null);
  const start = useRef('');

  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      setStorage(STORAGE_UNAVAILABLE);
      return null;
    }
  };
  const store = (key: string, value: string | null): void => {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      setStorage(STORAGE_UNAVAILABLE);
    }
  };

  useEffect(() => {
    const readerLocale = navigator.language || SERVER_LOCALE;
    const first = makeStart(readerLocale);
    start.current = JSON.stringify(first);
    const restore = () => {
      const saved = read(storageKey);
      const { hash, search } = location;
      const url = new URL(location.href);
      const apply = (restored: Restored) => {
        // The link has been read and is saved below; leaving it in the address bar would bring back
        // these numbers on every reload, over whatever the reader changes next. The same goes for ?co-goal=.
        if (hash.startsWith(LINK_PREFIX)) url.hash = '';
        for (const name of handoffParamsToRemove(url.searchParams)) url.searchParams.delete(name);
        if (url.href !== location.href) history.replaceState(history.state, '', url);
        if (restored.previous) {
          store(backupKey(storageKey), restored.previous);
          setKept(true);
        }
        setState(restored.state);
        setLink(restored.notice);
        setLocale(readerLocale);
        setReady(true);
      };
      // A first visit has nothing to read, so it needn't wait for the code that reads.
      if (saved === null && !hash.startsWith(LINK_PREFIX) && !hasHandoff(url.searchParams)) {
        apply({ state: first, notice: '', previous: null });
        return;
      }
      loadDeferred().then(
        (stored) => apply(stored.restoreState(first, { hash, search, saved, locale: readerLocale })),
        // The form stays inert: a change now would be saved over the numbers it couldn't read.
        () => setStorage(STORED_STATE_FAILED),
      );
    };
    restore();
    // A link opened in a tab already showing the builder only changes the fragment: no reload.
    const onHashChange = () => {
      if (location.hash.startsWith(LINK_PREFIX)) restore();
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
    // Restoring happens on hydration and on a new link; later prop changes don't re-read storage.
  }, []);

  const json = JSON.stringify(state);
  // Before hydration the first render's state is the starting one by construction.
  const pristine = !ready || json === start.current;
  const latest = useRef({ state, pristine });
  latest.current = { state, pristine };

  useEffect(() => {
    if (!ready) return;
    if (pristine) {
      store(storageKey, null);
      return;
    }
    loadDeferred().then(
      ({ encodeState }) => {
        // Saved as it is once the codec is here: the reader may have typed on, or started over.
        if (!latest.current.pristine) store(storageKey, encodeState(latest.current.state));
        setStorage((notice) => (notice === STORED_STATE_FAILED ? '' : notice));
      },
      () => setStorage(STORED_STATE_FAILED),
    );
    // After a failed fetch, the one that works (the message's Try again) saves what was missed.
  }, [json, pristine, ready, storageKey, loadDeferred.loaded]);

  const swap = () => {
    const stored = loadDeferred.loaded;
    const other = read(backupKey(storageKey));
    const result = stored && other !== null ? stored.decodeState(other) : null;
    if (!stored || !result?.ok) {
      setKept(null);
      setLink('Your previous numbers are no longer in this browser.');
      return;
    }
    store(backupKey(storageKey), stored.encodeState(state));
    setState(result.state);
    setKept(!kept);
    setLink(kept ? 'Your previous numbers are back.' : 'The numbers from the link are back.');
  };

  return {
    state,
    update: setState,
    locale,
    ready,
    pristine,
    notices: { link, storage },
    swap: kept === null ? null : { run: swap, mine: kept },
    reset: () => {
      store(backupKey(storageKey), null);
      setKept(null);
      setState(makeStart(locale));
      setLink('');
    },
  };
}
