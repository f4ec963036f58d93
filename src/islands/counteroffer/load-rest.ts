import { useEffect, useState } from 'preact/hooks';
import { lazy } from '../shared/lazy.ts';

/** The rest of the builder (rest.ts), fetched once on first use. */
export const loadRest = lazy(() => import('./rest.ts'));

/**
 * The rest of the builder once here (fetched when `wanted`), whether its fetch failed, and a way
 * to try again. Without it the builder goes on: its key numbers and totals still work.
 */
export function useRest(wanted: boolean): [typeof loadRest.loaded, boolean, () => void] {
  const [rest, setRest] = useState(loadRest.loaded);
  const [failed, setFailed] = useState(false);
  // Whoever fetched it (a save, a share link), once it is here it is used.
  const here = rest ?? loadRest.loaded;
  useEffect(() => {
    if (wanted && !here && !failed) loadRest().then(setRest, () => setFailed(true));
  }, [wanted, here, failed]);
  return [here, failed, () => setFailed(false)];
}
