// Where the builder keeps the reader’s numbers in this browser, as pure transitions over a
// snapshot, so the rules "a link never overwrites the reader’s own numbers" and "nothing the
// reader typed is deleted without them asking" are tested without a browser.

/** Whether the current state is the reader’s own (typed, edited or restored) or a link’s, untouched. */
export type Source = 'own' | 'link';

/** Everything the builder keeps under one storage key; states are canonical encodings (see encodeForSave). */
export type Saved = {
  /** The state the builder shows, or null when it is the empty starting state. */
  current: string | null;
  source: Source;
  /** The reader’s own earlier states, newest first, pushed aside by share links or by another tab. */
  history: string[];
  /** The last link’s state, kept after the reader restored their own numbers over it. */
  link: string | null;
  /** A save this version could not read, kept as it was so the reader can copy it out. */
  unreadable: string | null;
};

/** The few calls to localStorage the store needs; the island passes a wrapper that never throws. */
export type KeyValue = {
  get: (key: string) => string | null;
  set: (key: string, value: string | null) => void;
};

/** How many of the reader’s own states are kept aside; the issue asks for at least three. */
export const HISTORY_SIZE = 5;

/** The builder’s storage key: version 1 of the published storage format. */
export const STORAGE_KEY = 'counteroffer:v1';

/** The keys beside the main one, named after it so they stay together. */
export const STORE_KEYS = {
  current: STORAGE_KEY,
  source: `${STORAGE_KEY}:source`,
  history: `${STORAGE_KEY}:history`,
  link: `${STORAGE_KEY}:link`,
  unreadable: `${STORAGE_KEY}:unreadable`,
} as const;

/** A snapshot with nothing saved. */
export function emptySaved(): Saved {
  return { current: null, source: 'own', history: [], link: null, unreadable: null };
}

function readHistory(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts a state at the front of the history, once, keeping the newest HISTORY_SIZE. */
export function pushHistory(history: readonly string[], state: string | null): string[] {
  if (state === null) return [...history];
  return [state, ...history.filter((item) => item !== state)].slice(0, HISTORY_SIZE);
}

/** Reads every key of one builder; a damaged history list reads as empty, never throws. */
export function readSaved(kv: KeyValue): Saved {
  const keys = STORE_KEYS;
  return {
    current: kv.get(keys.current),
    source: kv.get(keys.source) === 'link' ? 'link' : 'own',
    history: readHistory(kv.get(keys.history)),
    link: kv.get(keys.link),
    unreadable: kv.get(keys.unreadable),
  };
}

/** Writes a snapshot back, removing the keys it leaves empty. */
export function writeSaved(kv: KeyValue, saved: Saved): void {
  const keys = STORE_KEYS;
  kv.set(keys.current, saved.current);
  kv.set(keys.source, saved.source === 'link' && saved.current !== null ? 'link' : null);
  kv.set(keys.history, saved.history.length > 0 ? JSON.stringify(saved.history) : null);
  kv.set(keys.link, saved.link);
  kv.set(keys.unreadable, saved.unreadable);
}

/** The reader changed something (null: back to the empty start): the state is theirs from now on. */
export function saveEdit(saved: Saved, state: string | null): Saved {
  if (state === saved.current) return saved;
  return { ...saved, current: state, source: 'own' };
}

/** A share link opened: the reader’s own state moves into the history; a link’s untouched state is simply replaced. */
export function openLink(saved: Saved, state: string): Saved {
  if (state === saved.current) return saved;
  const history = saved.source === 'own' ? pushHistory(saved.history, saved.current) : saved.history;
  return { ...saved, current: state, source: 'link', history };
}

/**
 * Brings back the newest kept state that `readable` accepts (one that can’t be read stays kept, and
 * never hides the older ones); the one shown goes into the history (own) or the link slot (a link’s).
 */
export function restorePrevious(saved: Saved, readable: (state: string) => boolean = () => true): Saved {
  const at = saved.history.findIndex(readable);
  const top = saved.history[at];
  if (top === undefined) return saved;
  const rest = saved.history.filter((_, i) => i !== at);
  if (saved.source === 'link')
    return { ...saved, current: top, source: 'own', history: rest, link: saved.current };
  return { ...saved, current: top, source: 'own', history: pushHistory(rest, saved.current) };
}

/** Back to the last link’s numbers after a restore; the reader’s own go into the history again. */
export function backToLink(saved: Saved): Saved {
  if (saved.link === null) return saved;
  return { ...openLink(saved, saved.link), link: null };
}

/**
 * Another tab saved `theirs` over this tab’s `mine`. Whichever the reader keeps, the other goes
 * into the history, so neither tab’s numbers are lost.
 */
export function settleConflict(
  saved: Saved,
  mine: string | null,
  theirs: string | null,
  keep: 'mine' | 'theirs',
): Saved {
  const [kept, aside] = keep === 'mine' ? [mine, theirs] : [theirs, mine];
  return { ...saved, current: kept, source: 'own', history: pushHistory(saved.history, aside) };
}

/** Moves a save that can’t be read out of the way, keeping its text. */
export function keepAside(saved: Saved): Saved {
  if (saved.current === null) return saved;
  return { ...saved, current: null, source: 'own', unreadable: saved.current };
}

/** Start over: the reader’s numbers and history go; a save that couldn’t be read stays until they delete it. */
export function clearSaved(saved: Saved): Saved {
  return { ...emptySaved(), unreadable: saved.unreadable };
}

/** The reader copied out (or gave up on) the save that couldn’t be read. */
export function dropUnreadable(saved: Saved): Saved {
  return { ...saved, unreadable: null };
}
