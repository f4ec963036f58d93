import { createReadStream, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/paths/base.ts';
import { HOME_PATH } from '../lib/paths/site-paths.ts';
import { builtHtmlFiles, forgetDistWalks } from './dist-walk.ts';

/** Stands in the header's markup until the search module's hashed file name is known. */
export const SEARCH_MODULE_PLACEHOLDER = '__SEARCH_UI_MODULE__';

const ENTRY = 'src/islands/search/open-search.tsx';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Pages load no search code until a reader opens search, so the header's inline script must
 * know the search module's URL without importing it. This bundles the module as its own
 * chunk, then writes its hashed URL into the HTML in place of a placeholder. In `astro dev`
 * it serves the last build's Pagefind index, so search works while writing.
 */
export default function searchUiIntegration(): AstroIntegration {
  let chunkFile: string | undefined;
  let base = '/';
  let root = '';
  return {
    name: 'newsletter:search-ui',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        base = joinBase(config.base, HOME_PATH);
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        let reference = '';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'newsletter:search-entry',
                apply: 'build',
                applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
                buildStart() {
                  reference = this.emitFile({ type: 'chunk', id: join(root, ENTRY), name: 'search-ui' });
                },
                generateBundle() {
                  chunkFile = this.getFileName(reference);
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const index = join(root, 'dist', 'pagefind');
        server.middlewares.use(`${base}pagefind/`, (request, response, next) => {
          let path: string;
          try {
            path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
          } catch {
            return next();
          }
          const file = normalize(join(index, path));
          if (!file.startsWith(index + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile())
            return next();
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:start': () => forgetDistWalks(),
      'astro:build:done': async ({ dir, logger }) => {
        if (!chunkFile) throw new Error(`The search UI (${ENTRY}) was not bundled; search cannot open.`);
        const url = `${base}${chunkFile}`;
        const outDir = fileURLToPath(dir);
        let pages = 0;
        for (const file of await builtHtmlFiles(outDir)) {
          const path = join(outDir, file);
          const html = await readFile(path, 'utf8');
          if (!html.includes(SEARCH_MODULE_PLACEHOLDER)) continue;
          await writeFile(path, html.replaceAll(SEARCH_MODULE_PLACEHOLDER, url));
          pages += 1;
        }
        logger.info(`Search UI at ${url}, linked from ${pages} pages.`);
      },
    },
  };
}
