import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildState } from '../build-state.ts';
import { joinBase } from '../lib/paths/base.ts';
import { HOME_PATH } from '../lib/paths/site-paths.ts';

const ENTRY = 'src/islands/search/open-search.tsx';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

const searchModule = () => buildState<{ url?: string }>('search-ui-module', () => ({}));

/**
 * The bundled search module's URL, for the header. Astro bundles the browser's code before it
 * renders any page, so the hashed file name is known by then.
 */
export function searchModuleUrl(): string {
  const { url } = searchModule();
  if (url === undefined) throw new Error(`The search UI (${ENTRY}) was not bundled; search cannot open.`);
  return url;
}

/**
 * Pages load no search code until a reader opens search, so the header's inline script must
 * know the search module's URL without importing it. This bundles the module as its own
 * chunk and hands its hashed URL to the header (searchModuleUrl). In `astro dev` it serves the
 * last build's Pagefind index, so search works while writing.
 */
export default function searchUiIntegration(): AstroIntegration {
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
                  searchModule().url = `${base}${this.getFileName(reference)}`;
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
    },
  };
}
