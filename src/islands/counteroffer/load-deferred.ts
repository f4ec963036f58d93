import { lazy } from '../shared/lazy.ts';

/**
 * The message writer and the state codec (deferred.ts, as much JavaScript as the rest of the
 * builder), fetched the first time a message, a save or a link needs them, so hydration stays small.
 */
export const loadDeferred = lazy(() => import('./deferred.ts'));
