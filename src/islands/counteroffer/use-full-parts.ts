import { useEffect, useState } from 'preact/hooks';
import { lazy } from '../shared/lazy.ts';

/** The full builder's parts (full-parts.ts), fetched on first use. */
export const loadFullParts = lazy(() => import('./full-parts.ts'));

/**
 * The full builder's parts once here, fetched when `wanted`; undefined until then. Should the fetch
 * fail, the builder goes on without them: its key numbers and message still work.
 */
export function useFullParts(wanted: boolean): typeof loadFullParts.loaded {
  const [parts, setParts] = useState(loadFullParts.loaded);
  useEffect(() => {
    if (wanted && !parts) loadFullParts().then(setParts, () => undefined);
  }, [wanted]);
  return wanted ? (parts ?? loadFullParts.loaded) : undefined;
}
