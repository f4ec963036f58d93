import { unzipSync } from 'fflate';
import type { SourceFiles } from './model.ts';

/** A path as exports are searched by: '/'-separated, no leading './' or '/'. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

/**
 * An export's files from a map of path to bytes. Zips often wrap everything in one folder
 * ("substack-export/posts.csv"): that folder is dropped so every export looks alike. Files
 * operating systems add (`__MACOSX/`, `.DS_Store`) are left out.
 */
export function filesFromMap(name: string, entries: ReadonlyMap<string, Uint8Array>): SourceFiles {
  const kept = [...entries.entries()]
    .map(([path, bytes]) => [normalisePath(path), bytes] as const)
    .filter(([path]) => path && !path.endsWith('/') && !/(^|\/)(__MACOSX\/|\.DS_Store$)/.test(path));
  const tops = new Set(kept.map(([path]) => (path.includes('/') ? path.split('/')[0] : '')));
  const [top] = tops;
  const strip = tops.size === 1 && top ? `${top}/` : '';
  const byPath = new Map(kept.map(([path, bytes]) => [path.slice(strip.length), bytes]));
  return { name, paths: [...byPath.keys()].sort(), read: (path) => byPath.get(normalisePath(path)) };
}

/** An export from a zip archive's bytes. */
export function filesFromZip(name: string, zip: Uint8Array): SourceFiles {
  return filesFromMap(name, new Map(Object.entries(unzipSync(zip))));
}

/** Whether bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
