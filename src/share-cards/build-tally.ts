import { buildState } from '../build-state.ts';

/** Share cards made during this build: the benchmark reads the line the build logs from it. */
export interface ShareCardTally {
  rendered: number;
  cached: number;
  /** Milliseconds the drawing thread took, waiting for a core included. */
  ms: number;
  /** Milliseconds of the drawing thread's CPU: the figure a busy machine does not inflate. */
  cpuMs: number;
}

/** Counts one card, rendered or read from the cache, and the time it took. */
export function recordShareCard(cached: boolean, ms: number, cpuMs = 0): void {
  const counts = shareCardTally();
  if (cached) counts.cached += 1;
  else counts.rendered += 1;
  counts.ms += ms;
  counts.cpuMs += cpuMs;
}

/** A clock of this thread's CPU time, in milliseconds; NaN on a Node without one (before 23.9). */
export function threadCpuMs(): number {
  // Optional at run time whatever the types say: the site's Node floor is older than the clock.
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : NaN;
}

/** The cards counted so far in this process. */
export function shareCardTally(): ShareCardTally {
  return buildState('share-card-tally', () => ({ rendered: 0, cached: 0, ms: 0, cpuMs: 0 }));
}
