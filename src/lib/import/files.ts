import { unzipSync } from 'fflate';
import type { SourceFiles } from './model.ts';

/** The largest single file of an export the import reads: a post, a feed, an image. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The most a zip may unpack to, all its entries together. */
export const MAX_ZIP_BYTES = 1024 * 1024 * 1024;

/** A path as exports are searched by: '/'-separated, no leading './' or '/'. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * An export's files, read only when asked for (an entry no post uses is never unpacked), each
 * refused past MAX_FILE_BYTES. Zips often wrap everything in one folder
 * ("substack-export/posts.csv"): that folder is dropped so every export looks alike. Files
 * operating systems add (`__MACOSX/`, `.DS_Store`) are left out.
 */
export function lazyFiles(
  name: string,
  sizes: ReadonlyMap<string, number>,
  readRaw: (rawPath: string) => Uint8Array,
  skipped: string[] = [],
): SourceFiles {
  const kept = [...sizes.keys()]
    .map((raw) => [normalisePath(raw), raw] as const)
    .filter(([path]) => path && !path.endsWith('/') && !/(^|\/)(__MACOSX\/|\.DS_Store$)/.test(path));
  const tops = new Set(kept.map(([path]) => (path.includes('/') ? path.split('/')[0] : '')));
  const [top] = tops;
  const strip = tops.size === 1 && top ? `${top}/` : '';
  const byPath = new Map(kept.map(([path, raw]) => [path.slice(strip.length), raw]));
  return {
    name,
    paths: [...byPath.keys()].sort(),
    skipped,
    read: (path) => {
      const raw = byPath.get(normalisePath(path));
      if (raw === undefined) return undefined;
      const size = sizes.get(raw) ?? 0;
      if (size > MAX_FILE_BYTES)
        throw new Error(
          `${path} in ${name} is ${megabytes(size)}, over the import's ${megabytes(MAX_FILE_BYTES)} for one file.`,
        );
      return readRaw(raw);
    },
  };
}

/** An export from a map of path to bytes. */
export function filesFromMap(name: string, entries: ReadonlyMap<string, Uint8Array>): SourceFiles {
  const sizes = new Map([...entries].map(([path, bytes]) => [path, bytes.length]));
  return lazyFiles(name, sizes, (raw) => entries.get(raw) as Uint8Array);
}

/**
 * An export from a zip archive's bytes. Sizes are the ones the zip declares: the unpacker
 * writes no more than that into its buffer, whatever the compressed data holds.
 */
export function filesFromZip(name: string, zip: Uint8Array): SourceFiles {
  const sizes = new Map<string, number>();
  unzipSync(zip, {
    filter: (entry) => {
      sizes.set(entry.name, entry.originalSize);
      return false;
    },
  });
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (total > MAX_ZIP_BYTES) {
    throw new Error(
      `${name} unpacks to ${megabytes(total)}, over the import's ${megabytes(MAX_ZIP_BYTES)}. Export without media, or split the export.`,
    );
  }
  return lazyFiles(name, sizes, (raw) => {
    const entry = unzipSync(zip, { filter: (file) => file.name === raw })[raw];
    if (!entry) throw new Error(`${raw} in ${name} cannot be unpacked.`);
    return entry;
  });
}

/** Whether bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
