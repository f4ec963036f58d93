// Issue cards are copied into the build by the share-cards integration, not returned by a route:
// Astro read each cached PNG into memory and wrote it out again, about 1.4 s of a warm
// 1,000-issue build on two cores, where a file copy in the kernel takes a fraction of that.
import { constants } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A finished card: the cache file holding its bytes, or the bytes themselves when there is none. */
export interface PlacedCard {
  file?: string | undefined;
  png?: Uint8Array | undefined;
}

// A global, because pages run from Astro's bundled copy of this module while the integration
// imports the source: two module instances, one process.
const KEY = Symbol.for('newsletter.share-card-placements');
type WithPlacements = typeof globalThis & { [KEY]?: Map<string, Promise<PlacedCard>> };

const placements = (): Map<string, Promise<PlacedCard>> =>
  ((globalThis as WithPlacements)[KEY] ??= new Map());

/** Promises the card for a site path ("/og/57.png"), to be written when the build is done. */
export function placeCard(path: string, card: Promise<PlacedCard>): void {
  // A failure is reported when the card is written, not as an unhandled rejection now.
  card.catch(() => undefined);
  placements().set(path, card);
}

/** Writes every promised card under the build's folder, copying cache files; how many it wrote. */
export async function writePlacedCards(outDir: string): Promise<number> {
  const cards = [...placements()];
  placements().clear();
  const folders = new Set(cards.map(([path]) => dirname(join(outDir, path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    cards.map(async ([path, card]) => {
      const { png, file } = await card;
      const target = join(outDir, path);
      // A copy-on-write clone where the file system has them, else an ordinary copy: never a
      // hard link, which would let anything that edits the build edit the cache.
      if (file) await copyFile(file, target, constants.COPYFILE_FICLONE);
      else if (png) await writeFile(target, png);
      else throw new Error(`The share card for ${path} has neither a file nor bytes.`);
    }),
  );
  return cards.length;
}
