// Where the builder keeps the reader’s numbers in this browser, as pure transitions over a
// snapshot, so "a link or another tab never replaces the reader’s numbers" and "nothing the reader
// typed is deleted without them asking" are tested without a browser.

/** What the builder keeps in this browser; states are canonical encodings (see encodeForSave). */
export type Saved = {
  /** The reader’s own numbers, or null for the empty starting state. */
  current: string | null;
  /** Their earlier numbers, newest first: what a link they kept, or another tab, pushed aside. */
  history: string[];
  /** A save this version could not read, kept as it was so the reader can copy it out. */
  unreadable: string | null;
};

/** The few calls to localStorage the store needs; the island passes a wrapper that never throws. */
export type KeyValue = {
  get: (key: string) => string | null;
  set: (key: string, value: string | null) => void;
};

/** How many earlier states are kept aside. */
export const HISTORY_SIZE = 5;

/** The builder’s storage key, holding its current state: version 1 of the published storage format. */
export const STORAGE_KEY = 'counteroffer:v1';

/** A snapshot with nothing saved. */
export function emptySaved(): Saved {
  return { current: null, history: [], unreadable: null };
}

// Each part under a key of its own, in the order `asText` lists them: a tab writes only the parts it
// changed, so one keeping its numbers aside never writes back a current state another tab has
// replaced since (tabs read each other’s writes late).
const KEYS = [STORAGE_KEY, `${STORAGE_KEY}:history`, `${STORAGE_KEY}:unreadable`] as const;

const asText = (saved: Saved) => [
  saved.current,
  saved.history.length > 0 ? JSON.stringify(saved.history) : null,
  saved.unreadable,
];

/** Reads the snapshot; a damaged history list reads as empty, never throws. */
export function readSaved(kv: KeyValue): Saved {
  const [current, history, unreadable] = KEYS.map(kv.get);
  let list: unknown;
  try {
    list = JSON.parse(history ?? '[]');
  } catch {
    list = [];
  }
  return {
    current: current ?? null,
    history: Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [],
    unreadable: unreadable ?? null,
  };
}

/** Writes a snapshot, removing the keys it leaves empty; given what was read (`before`), only what changed. */
export function writeSaved(kv: KeyValue, saved: Saved, before?: Saved): void {
  const next = asText(saved);
  const old = before && asText(before);
  KEYS.forEach((key, i) => {
    if (!old || old[i] !== next[i]) kv.set(key, next[i] ?? null);
  });
}

// A state at the front of the history, once, keeping the newest HISTORY_SIZE.
function pushHistory(history: readonly string[], state: string | null): string[] {
  if (state === null) return [...history];
  return [state, ...history.filter((item) => item !== state)].slice(0, HISTORY_SIZE);
}

/**
 * `mine` becomes the reader’s save. `base` is the save those numbers grew from (undefined when they
 * grew from none, as a link’s): anything else saved now (another tab’s, or the reader’s own when
 * they keep a link’s numbers) goes into the history first.
 */
export function save(saved: Saved, mine: string | null, base: string | null | undefined): Saved {
  if (mine === saved.current) return saved;
  const history = saved.current === base ? saved.history : pushHistory(saved.history, saved.current);
  return { ...saved, current: mine, history };
}

/**
 * Another tab saved: when it replaced the save this page’s numbers (`mine`) grew from (`base`), the
 * snapshot with them kept aside, so closing or reloading either tab loses neither set; else null.
 */
export function keepMineAside(
  saved: Saved,
  mine: string | null,
  base: string | null | undefined,
): Saved | null {
  if (saved.current === mine || saved.current === base) return null;
  return { ...saved, history: pushHistory(saved.history, mine) };
}

/**
 * Brings back the newest kept state that `readable` accepts (one that can’t be read stays kept and
 * never hides the older ones); the state it replaces goes into the history, so it is a swap.
 */
export function restorePrevious(saved: Saved, readable: (state: string) => boolean): Saved {
  const top = saved.history.find(readable);
  if (top === undefined) return saved;
  const rest = saved.history.filter((item) => item !== top);
  return { ...saved, current: top, history: pushHistory(rest, saved.current) };
}

/** Moves a save that can’t be read out of the way, keeping its text (an older one goes to the history). */
export function keepAside(saved: Saved): Saved {
  if (saved.current === null) return saved;
  const history = pushHistory(saved.history, saved.unreadable);
  return { current: null, history, unreadable: saved.current };
}

/** Start over: the reader’s numbers and history go; a save that couldn’t be read stays until they delete it. */
export function clearSaved(saved: Saved): Saved {
  return { ...emptySaved(), unreadable: saved.unreadable };
}

/** The reader copied out (or gave up on) the save that couldn’t be read. */
export function dropUnreadable(saved: Saved): Saved {
  return { ...saved, unreadable: null };
}
