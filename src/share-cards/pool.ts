// Share cards are CPU-bound (satori's layout, resvg's rasteriser) and a build draws one per
// issue: rendered one at a time on the main thread they left the second core idle. This pool
// renders them on worker threads, one per core but the main thread's, which keeps rendering pages.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildState } from '../build-state.ts';
import type { CardLayers } from '../lib/share-card/card.ts';

/** A font a card uses, by its file's full path: the worker reads each file once and keeps it. */
export interface FontFile {
  name: string;
  weight: 400 | 600;
  style: 'normal';
  file: string;
}

/** What a worker needs to draw one card: the same inputs drawCard() takes on the main thread. */
export interface CardJob {
  layers: CardLayers;
  /** Each card names its own fonts: fallbacks for other scripts are loaded only when its text needs them. */
  fonts: FontFile[];
}

/** A card drawn by a worker, and the milliseconds the worker spent drawing it (all, and of CPU). */
export interface PoolCard {
  png: Uint8Array<ArrayBuffer>;
  ms: number;
  cpuMs: number;
}

interface Pending {
  resolve: (card: PoolCard) => void;
  reject: (error: Error) => void;
}

/**
 * The worker's source file. Found from the project root, not from import.meta.url: pages run
 * from Vite's bundle in dist/, where the file is not copied, while Node runs it as it is.
 */
export const WORKER_FILE = join(process.cwd(), 'src', 'share-cards', 'worker.ts');

/**
 * How many threads draw cards: SHARE_CARD_WORKERS, else one per core but one, which the main
 * thread needs for the pages (at least one). With a worker on every core, two workers and the
 * main thread shared two cores: a card took two to three times its CPU time on the clock, the
 * build was no faster, and the second worker's heap added about 200 MB to the peak.
 * 0 turns the pool off.
 */
export function poolSize(): number {
  return configuredSize() ?? Math.max(1, availableParallelism() - 1);
}

/** SHARE_CARD_WORKERS, when it is a number of threads. */
function configuredSize(): number | undefined {
  const configured = process.env['SHARE_CARD_WORKERS'];
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : undefined;
}

interface Slot {
  worker: Worker;
  /** The job this worker is drawing, if any: one at a time, so each draws at full speed. */
  busy: (Pending & { id: number }) | undefined;
}

/**
 * A set of workers fed from one queue, a job at a time each. A worker handed many jobs at once
 * would start them all (satori awaits inside), holding every half-drawn card in memory and
 * finishing none sooner.
 */
export class ShareCardPool {
  private readonly slots: Slot[] = [];
  private readonly queue: (Pending & { id: number; job: CardJob })[] = [];
  private nextId = 0;

  constructor(size: number) {
    this.grow(size);
  }

  /** How many cards wait for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Adds workers up to `size`, each taking a queued card at once. */
  grow(size: number): void {
    while (this.slots.length < size) {
      const slot: Slot = { worker: new Worker(WORKER_FILE), busy: undefined };
      slot.worker.on(
        'message',
        (message: {
          id: number;
          png?: Uint8Array<ArrayBuffer>;
          ms?: number;
          cpuMs?: number;
          error?: string;
        }) => {
          const job = slot.busy;
          if (job?.id !== message.id) return;
          slot.busy = undefined;
          if (message.png)
            job.resolve({
              png: new Uint8Array(message.png.buffer),
              ms: message.ms ?? 0,
              cpuMs: message.cpuMs ?? 0,
            });
          else job.reject(new Error(`A share card failed to render in a worker: ${message.error}`));
          this.next(slot);
        },
      );
      // A worker that crashed takes no more jobs; when none is left, the queue fails with it.
      slot.worker.on('error', (error) => {
        slot.busy?.reject(error);
        slot.busy = undefined;
        this.slots.splice(this.slots.indexOf(slot), 1);
        if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.reject(error);
      });
      // An idle pool must not keep the build's process alive.
      slot.worker.unref();
      this.slots.push(slot);
      this.next(slot);
    }
  }

  /**
   * Renders a card on the next free worker. A card a page waits for goes ahead of the issues'
   * cards: behind them, its page would hold back the end of the pages and the search index.
   */
  render(job: CardJob, pageWaits = false): Promise<PoolCard> {
    return new Promise((resolve, reject) => {
      if (this.slots.length === 0) return reject(new Error('Every share-card worker has crashed.'));
      const queued = { id: this.nextId++, job, resolve, reject };
      if (pageWaits) this.queue.unshift(queued);
      else this.queue.push(queued);
      const idle = this.slots.find((slot) => !slot.busy);
      if (idle) this.next(idle);
    });
  }

  /** Hands a free worker the next queued job, or lets it idle. */
  private next(slot: Slot): void {
    const queued = this.queue.shift();
    if (!queued) {
      slot.worker.unref();
      return;
    }
    const { job, ...pending } = queued;
    slot.busy = pending;
    slot.worker.ref();
    slot.worker.postMessage({ id: pending.id, ...job });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }
}

const build = () => buildState<{ pool?: ShareCardPool | null }>('share-card-pool', () => ({}));

/**
 * The build's pool, created on first use; null when the pool is off (SHARE_CARD_WORKERS=0) or
 * its worker file is missing, so cards render in-thread.
 */
export function sharedPool(): ShareCardPool | null {
  const state = build();
  if (state.pool === undefined) {
    const size = poolSize();
    state.pool = size > 0 && existsSync(WORKER_FILE) ? new ShareCardPool(size) : null;
  }
  return state.pool;
}

/**
 * Cards still queued that pay for starting a worker: each new thread loads the renderers and
 * draws its backdrop first. With a few hundred left, as at 1,000 issues, a second worker added
 * CPU and memory and finished no sooner; with thousands left, as at 10,000, it did.
 */
const WORTH_A_WORKER = 1000;

/**
 * Once the pages and the search index are done, the main thread's core is free: when many cards
 * are still queued, they get a worker on every core. SHARE_CARD_WORKERS, when set, stays the
 * most drawing at once.
 */
export function drawOnEveryCore(): void {
  const { pool } = build();
  if (pool && pool.queued >= WORTH_A_WORKER && configuredSize() === undefined)
    pool.grow(availableParallelism());
}
