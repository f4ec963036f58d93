// Issue cards are copied into the build by the share-cards integration, not returned by a route:
// Astro read each cached PNG into memory and wrote it out again, about 1.4 s of a warm
// 1,000-issue build on two cores, where a file copy in the kernel takes a fraction of that. Each
// card is copied as soon as it is drawn or found in the cache, while the pages are still being
// rendered: copied at the build's end, after the search index, 10,000 cards took seconds more.
import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildState } from '../build-state.ts';

/** A finished card: the cache file holding its bytes, or the bytes themselves when there is none. */
export interface PlacedCard {
  file?: string | undefined;
  png?: Uint8Array | undefined;
}

interface Placements {
  /** The build's folder, known once Astro's config is. */
  outDir?: string;
  /** Each card's copy into the build, started as soon as the card is there. */
  copies: Promise<void>[];
  /** Each folder made once. */
  folders: Map<string, Promise<unknown>>;
}

const placements = (): Placements =>
  buildState<Placements>('share-card-placements', () => ({ copies: [], folders: new Map() }));

/** Where cards are placed: the build's folder, set before any page is rendered. */
export function placeCardsIn(outDir: string): void {
  placements().outDir = outDir;
}

/** Copies the card for a site path ("/og/57.png") into the build once it is drawn. */
export function placeCard(path: string, card: Promise<PlacedCard>): void {
  const { outDir, copies, folders } = placements();
  if (outDir === undefined)
    throw new Error(`The share card for ${path} was placed before the build’s folder was known.`);
  const target = join(outDir, path);
  const folder = dirname(target);
  const made = folders.get(folder) ?? mkdir(folder, { recursive: true });
  folders.set(folder, made);
  const copy = card.then(async ({ png, file }) => {
    await made;
    // A copy-on-write clone where the file system has them, else an ordinary copy: never a
    // hard link, which would let anything that edits the build edit the cache.
    if (file) await copyFile(file, target, constants.COPYFILE_FICLONE);
    else if (png) await writeFile(target, png);
    else throw new Error(`The share card for ${path} has neither a file nor bytes.`);
  });
  // A failure is reported when the build waits for the cards, not as an unhandled rejection now.
  copy.catch(() => undefined);
  copies.push(copy);
}

/** Waits until every placed card is in the build; how many there were. */
export async function placedCards(): Promise<number> {
  const state = placements();
  const copies = state.copies.splice(0);
  state.folders.clear();
  await Promise.all(copies);
  return copies.length;
}
