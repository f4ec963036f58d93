import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CounterofferMessage, CounterofferState } from '../../lib/counteroffer/index.ts';
import { loadRest } from './load-rest.ts';

/** The message for the current state, null while it is being written, or "failed" when the writer didn’t load. */
export type MessageStatus = CounterofferMessage | null | 'failed';

/**
 * The message for `state`, and `retry` for after a failed load. While the state is still the
 * starting one, `initial` (written by the server) stands in; once the reader changes anything the
 * writer loads, and until it has, there is no message: the server’s would not be the reader’s.
 */
export function useMessage(
  state: CounterofferState,
  locale: string,
  pristine: boolean,
  initial: CounterofferMessage | undefined,
): [MessageStatus, () => void] {
  const [loaded, setLoaded] = useState(loadRest.loaded);
  const [failed, setFailed] = useState(false);
  // Whoever fetched it (a save, a share link), once it is here the message can be written.
  const module = loaded ?? loadRest.loaded;
  const needed = !pristine || !initial;
  useEffect(() => {
    if (needed && !module && !failed) loadRest().then(setLoaded, () => setFailed(true));
  }, [needed, module, failed]);
  const message = useMemo(
    () => (!needed ? (initial ?? null) : module ? module.buildMessage(state, locale) : null),
    [module, needed, state, locale, initial],
  );
  return [message ?? (failed ? 'failed' : null), () => setFailed(false)];
}
