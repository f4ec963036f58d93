/** Share cards made during this build: the benchmark reads the line the build logs from it. */
export interface ShareCardTally {
  rendered: number;
  cached: number;
  ms: number;
}

// A global, because pages run from Astro's bundled copy of this module while the logging
// integration imports the source: two module instances, one process.
const KEY = Symbol.for('newsletter.share-card-tally');
type WithTally = typeof globalThis & { [KEY]?: ShareCardTally };

/** Counts one card, rendered or read from the cache, and the time it took. */
export function recordShareCard(cached: boolean, ms: number): void {
  const tally = ((globalThis as WithTally)[KEY] ??= { rendered: 0, cached: 0, ms: 0 });
  if (cached) tally.cached += 1;
  else tally.rendered += 1;
  tally.ms += ms;
}

/** The cards counted so far in this process. */
export function shareCardTally(): ShareCardTally {
  return (globalThis as WithTally)[KEY] ?? { rendered: 0, cached: 0, ms: 0 };
}
