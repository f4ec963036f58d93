import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferState } from '../../lib/counteroffer';
import { encodeState } from '../../lib/counteroffer/codec';
import { LINK_PREFIX, restoreState } from './restore';

/** The locale the server renders in; the reader's own replaces it once the island runs. */
export const SERVER_LOCALE = 'en-US';

/** Said once when the browser refuses storage (private browsing, a full quota, blocked cookies). */
export const STORAGE_UNAVAILABLE =
  "This browser won't let the builder save your numbers: download the message or share a link to keep them.";

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
  /** Back to the starting state; the saved copy is deleted. */
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
  const startEncoded = useRef('');

  useEffect(() => {
    const readerLocale = navigator.language || SERVER_LOCALE;
    const start = makeStart(readerLocale);
    startEncoded.current = encodeState(start);
    const restore = () => {
      let saved: string | null = null;
      try {
        saved = localStorage.getItem(storageKey);
      } catch {
        setStorage(STORAGE_UNAVAILABLE);
      }
      const { hash, search } = location;
      const restored = restoreState(start, { hash, search, saved, locale: readerLocale });
      // The link has been read and is saved below; leaving it in the address bar would bring back
      // these numbers on every reload, over whatever the reader changes next. The same goes for ?goal=.
      const url = new URL(location.href);
      if (hash.startsWith(LINK_PREFIX)) url.hash = '';
      if (url.searchParams.has('goal')) {
        url.searchParams.delete('goal');
        url.searchParams.delete('reason');
      }
      if (url.href !== location.href) history.replaceState(history.state, '', url);
      setState(restored.state);
      setLink(restored.notice);
    };
    restore();
    setLocale(readerLocale);
    setReady(true);
    // A link opened in a tab already showing the builder only changes the fragment: no reload.
    const onHashChange = () => {
      if (location.hash.startsWith(LINK_PREFIX)) restore();
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
    // Restoring happens on hydration and on a new link; later prop changes don't re-read storage.
  }, []);

  const encoded = encodeState(state);
  // Before hydration the first render's state is the starting one by construction.
  const pristine = !ready || encoded === startEncoded.current;

  useEffect(() => {
    if (!ready) return;
    try {
      if (pristine) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, encoded);
    } catch {
      setStorage(STORAGE_UNAVAILABLE);
    }
  }, [encoded, pristine, ready, storageKey]);

  return {
    state,
    update: setState,
    locale,
    ready,
    pristine,
    notices: { link, storage },
    reset: () => {
      setState(makeStart(locale));
      setLink('');
    },
  };
}
