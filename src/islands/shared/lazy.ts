/** A module fetched on first use and kept: `load()` fetches it (once), `load.loaded` is it once there. */
export type Lazy<T> = { (): Promise<T>; loaded?: T };

/**
 * Wraps a dynamic import, so code a widget needs only later stays out of its hydration. A failed
 * fetch is forgotten, so the next call tries again instead of repeating the failure.
 */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  const load: Lazy<T> = () =>
    (pending ??= importer().then(
      (module) => (load.loaded = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return load;
}
