import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CounterofferMessage, CounterofferState } from '../../lib/counteroffer';

type MessageModule = typeof import('../../lib/counteroffer/message');

let loaded: MessageModule | undefined;
let loading: Promise<MessageModule> | undefined;

/**
 * The message writer (message.ts and phrases.ts, a good share of the builder's JavaScript), fetched
 * the first time a message is needed that the server hasn't already written, so hydration stays small.
 */
export function loadMessageModule(): Promise<MessageModule> {
  loading ??= import('../../lib/counteroffer/message').then((module) => (loaded = module));
  return loading;
}

/**
 * The message for `state`. While the state is still the starting one, `initial` (written by the
 * server) stands in; once the reader changes anything the writer loads. Null only while it loads
 * with no stand-in.
 */
export function useMessage(
  state: CounterofferState,
  locale: string,
  pristine: boolean,
  initial: CounterofferMessage | undefined,
): CounterofferMessage | null {
  const [module, setModule] = useState(loaded);
  const needed = !pristine || !initial;
  useEffect(() => {
    if (needed && !module) void loadMessageModule().then(setModule);
  }, [needed, module]);
  return useMemo(
    () => (module && needed ? module.buildMessage(state, locale) : (initial ?? null)),
    [module, needed, state, locale, initial],
  );
}
