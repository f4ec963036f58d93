// One walk over the finished site, shared by the integrations that read its pages (the search
// index, the strict content check): at 10,000 issues listing dist/ twice is real time.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const walks = new Map<string, Promise<string[]>>();

/** Every HTML file under a built site, as sorted paths relative to it; walked once per build. */
export function builtHtmlFiles(outDir: string): Promise<string[]> {
  let walk = walks.get(outDir);
  if (!walk) {
    walk = readdir(outDir, { recursive: true, withFileTypes: true }).then((entries) =>
      entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .sort(),
    );
    walks.set(outDir, walk);
  }
  return walk;
}

/** Forgets earlier walks: called as a build starts, so a second build in one process walks afresh. */
export function forgetDistWalks(): void {
  walks.clear();
}
