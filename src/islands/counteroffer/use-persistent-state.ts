import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferState, Restored } from '../../lib/counteroffer/index.ts';
import { hasHandoff } from '../../lib/call-advice/handoff-params.ts';
// Saving is here, not in the lazy chunk, so a keystroke followed at once by a reload is saved
// even when the rest of the builder hasn’t arrived.
import { LINK_PREFIX, encodeForSave } from '../../lib/counteroffer/codec.ts';
import { startState } from '../../lib/counteroffer/state.ts';
import { SERVER_LOCALE } from '../../lib/offer/locale.ts';
import * as store from '../../lib/counteroffer/store.ts';
import { loadRest } from './load-rest.ts';

/** Said once when the browser refuses storage (private browsing, a full quota, blocked cookies). */
export const STORAGE_UNAVAILABLE =
  'This browser won’t let the builder save your numbers: download the message or share a link to keep them.';

/** Said when the code that reads and writes saved numbers didn’t load. */
export const STORED_STATE_FAILED =
  'Part of this page didn’t load, so your numbers can’t be opened or saved. Reload the page to try again.';

/** Said when another tab saved other numbers; this page’s are kept aside at once. */
export const OTHER_TAB_CHANGED =
  'Your numbers were changed in another tab. This page’s numbers are kept too: which do you want?';

/** Said once a shared link’s numbers are the reader’s (kept or changed). */
const LINK_KEPT = 'These numbers are yours now.';

/** A button beside the builder’s notice, and what it does. */
export type KeptAction = { label: string; run: () => void };

/** The builder’s state with where it lives: this page’s storage, share links and the URL’s query. */
export type PersistentState = ReturnType<typeof usePersistentState>;

/**
 * Holds the builder’s state: `startState(SERVER_LOCALE)` until hydrated, so hydration matches; then
 * a share link’s numbers (someone else’s), else the saved ones, saved through lib/counteroffer/store.ts.
 */
export function usePersistentState() {
  const [state, setState] = useState(() => startState(SERVER_LOCALE));
  // The reader’s locale, set once the saved or shared state has been read.
  const [readerLocale, setLocale] = useState<string | null>(null);
  const locale = readerLocale ?? SERVER_LOCALE;
  const ready = readerLocale !== null;
  const [notice, setNotice] = useState('');
  const [storage, setStorage] = useState('');
  // What this browser holds, as last read or written, for the buttons.
  const [saved, setSaved] = useState<store.Saved>(store.emptySaved);
  // A shared link’s numbers while on screen untouched: someone else’s, never saved.
  const [link, setLink] = useState<string | null>(null);
  // Another tab’s numbers while the reader hasn’t chosen; undefined when there are none.
  const [theirs, setTheirs] = useState<string | null | undefined>(undefined);
  // The save this page’s numbers grew from: another tab’s saved over it since is kept aside.
  const base = useRef<string | null | undefined>(null);

  // Storage may refuse anything (private browsing, a full quota, blocked cookies): said, never thrown.
  const attempt = <T>(run: () => T) => {
    try {
      return run();
    } catch {
      setStorage(STORAGE_UNAVAILABLE);
      return null;
    }
  };
  const kv: store.KeyValue = {
    get: (key) => attempt(() => localStorage.getItem(key)),
    set: (key, value) =>
      attempt(() => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value))),
  };
  const stored = () => store.readSaved(kv);
  // Every change goes through here, over what storage holds now (another tab may have written).
  const commit = (change: (saved: store.Saved) => store.Saved): store.Saved => {
    const now = stored();
    const next = change(now);
    store.writeSaved(kv, next, now);
    setSaved(next);
    return next;
  };

  const json = JSON.stringify(state);
  // Before hydration the first render’s state is the starting one by construction.
  const pristine = !ready || json === JSON.stringify(startState(locale));
  const latest = useRef({ state, pristine, locale, ready, link });
  latest.current = { state, pristine, locale, ready, link };
  // What this page would save now; null for the starting state.
  const mineNow = () => {
    const now = latest.current;
    return now.pristine ? null : encodeForSave(now.state, now.locale);
  };
  // This page’s numbers now grow from `from`, showing `next` if given, a link’s while `shown` (null: a
  // link’s left, and its fragment with it); another tab’s choice made.
  const settle = (from: string | null, said: string, shown: string | null, next?: CounterofferState) => {
    base.current = from;
    latest.current.link = shown;
    setLink(shown);
    const address = shown === null && loadRest.loaded?.addressAfterReading(location.href, false);
    if (address) history.replaceState(history.state, '', address);
    setTheirs(undefined);
    setNotice(said);
    if (!next) return;
    // Brought from the store: until it renders, the state on screen is no longer the one to save.
    latest.current.ready = false;
    setState(next);
  };
  // `mine` becomes the reader’s save; whatever was saved goes into the history, never lost.
  const keep = (mine: string | null, said: string) => {
    commit((now) => store.save(now, mine, undefined));
    settle(mine, said, null);
  };
  // Saves what is on screen now: the reader may have typed on, or started over, since it was asked for.
  const saveLatest = () => {
    const mine = mineNow();
    const shown = latest.current.link;
    // A link’s numbers are someone else’s until the reader changes them.
    if (!latest.current.ready || mine === (shown ?? base.current)) return;
    if (shown !== null) return keep(mine, LINK_KEPT);
    commit((now) => store.save(now, mine, base.current));
    base.current = mine;
  };

  useEffect(() => {
    const readerLocale = navigator.language || SERVER_LOCALE;
    const first = startState(readerLocale);
    const apply = (restored: Restored) => {
      settle(commit(() => restored.saved).current, restored.notice, restored.link, restored.state);
      setLocale(readerLocale);
    };
    const restore = () => {
      const { hash, search } = location;
      const saved = stored();
      // A first visit has nothing to read, so it needn’t wait for the code that reads.
      const blank = !saved.current && !saved.history.length && !saved.unreadable;
      if (blank && !hash.startsWith(LINK_PREFIX) && !hasHandoff(new URLSearchParams(search)))
        return apply({ state: first, notice: '', link: null, saved });
      loadRest().then(
        (code) => {
          // A link opened over the builder: the last keystroke may not be saved yet.
          saveLatest();
          const restored = code.restoreState(first, { hash, search, saved: stored(), locale: readerLocale });
          history.replaceState(history.state, '', code.addressAfterReading(location.href, !!restored.link));
          apply(restored);
        },
        // The form stays inert: a change now would be saved over the numbers it couldn’t read.
        () => setStorage(STORED_STATE_FAILED),
      );
    };
    restore();
    // Another tab saved: this page’s numbers go into the history at once, so closing or reloading
    // it loses neither set, and the reader chooses which to see.
    const onStorage = (event: StorageEvent) => {
      if (!event.key?.startsWith(store.STORAGE_KEY) || !latest.current.ready) return;
      const now = stored();
      const aside = latest.current.link === null && store.keepMineAside(now, mineNow(), base.current);
      if (!aside) return setSaved(now);
      commit(() => aside);
      setTheirs(now.current);
      setNotice(OTHER_TAB_CHANGED);
    };
    const stop = new AbortController();
    const { signal } = stop;
    // A link opened in a tab already showing the builder only changes the fragment: no reload.
    addEventListener('hashchange', () => location.hash.startsWith(LINK_PREFIX) && restore(), { signal });
    addEventListener('storage', onStorage, { signal });
    // An effect runs a frame after the render, so a reload or a link followed at once would lose
    // the last keystroke: leaving the page saves what is on screen.
    addEventListener('pagehide', saveLatest, { signal });
    return () => stop.abort();
    // Restoring happens on hydration and on a new link; later prop changes don’t re-read storage.
  }, []);

  useEffect(saveLatest, [json, pristine, ready]);

  // Shows numbers from the store, which this page’s numbers then grow from.
  const show = (text: string | null, said: string) => {
    const next = text === null ? startState(locale) : loadRest.loaded?.decodeForReader(text, locale);
    if (!next) return setNotice('Those numbers can no longer be read.');
    settle(text, said, null, next);
  };
  const readable = (text: string) => Boolean(loadRest.loaded?.decodeForReader(text, locale));
  // Each with the mode it belongs to: a link’s numbers on screen, another tab’s waiting, or the reader’s own.
  const actions: [boolean, string, () => void][] = [
    [link !== null, 'Keep these numbers', () => keep(link, LINK_KEPT)],
    [
      link !== null && saved.current !== null,
      'Back to your numbers',
      () => show(saved.current, 'Your numbers are back.'),
    ],
    [
      link === null && theirs !== undefined,
      'Use the other tab’s numbers',
      () => {
        commit((now) => store.save(now, theirs ?? null, undefined));
        show(theirs ?? null, 'The other tab’s numbers are here; this page’s are kept.');
      },
    ],
    [
      link === null && theirs !== undefined,
      'Keep this page’s numbers',
      () => keep(mineNow(), 'This page’s numbers are kept.'),
    ],
    [
      link === null && theirs === undefined && saved.history.length > 0,
      'Back to your earlier numbers',
      () =>
        show(
          commit((now) => store.restorePrevious(now, readable)).current,
          'Your earlier numbers are back; the ones you had are kept.',
        ),
    ],
  ];

  return {
    state,
    update: setState,
    /** The reader’s locale once hydrated; SERVER_LOCALE before. */
    locale,
    /** True once the saved or shared state has been read. */
    ready,
    /** True while the state is the starting one (nothing entered, restored or chosen yet). */
    pristine,
    notices: { link: notice, storage },
    /** What the reader can do about their numbers, once the code that reads saves is here. */
    kept: loadRest.loaded && {
      actions: actions.flatMap(([shown, label, run]) => (shown ? [{ label, run }] : [])),
      unreadable: saved.unreadable,
      discard: () => commit(store.dropUnreadable),
    },
    /** Back to the starting state; the saved copy and any kept numbers are deleted. */
    reset: () => {
      commit(store.clearSaved);
      show(null, '');
    },
  };
}
