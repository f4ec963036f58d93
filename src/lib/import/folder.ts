// An export that is a folder on disk. Symlinks are followed only to files inside the export:
// one that leads out of it (to ~/.ssh, to /etc) or round in a loop is left out and said so.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lazyFiles } from './files.ts';
import { messageOf, type SourceFiles } from './model.ts';

/** Whether `path` is `root` or inside it. */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}

/** The files of an export folder, read from disk when asked for. */
export function filesFromFolder(folder: string): SourceFiles {
  const root = realpathSync(folder);
  const sizes = new Map<string, number>();
  const real = new Map<string, string>();
  const skipped: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      const full = join(root, path);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        sizes.set(path, lstatSync(full).size);
        real.set(path, full);
      } else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch (error) {
          skipped.push(`${path}: a symlink that leads nowhere or round in a loop (${messageOf(error)})`);
          continue;
        }
        if (!inside(root, target)) skipped.push(`${path}: a symlink to a file outside the export`);
        else if (!statSync(target).isFile()) skipped.push(`${path}: a symlink to a folder`);
        else {
          sizes.set(path, statSync(target).size);
          real.set(path, target);
        }
      }
    }
  };
  walk('');
  return lazyFiles(folder, sizes, (raw) => readFileSync(real.get(raw) as string), skipped);
}
