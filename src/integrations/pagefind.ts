import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceBlocks } from '../lib/search/spacing.ts';
import { site } from '../site.config.ts';
import { builtHtmlFiles, forgetDistWalks } from './dist-walk.ts';

/** Pagefind's bundled search UIs (about 33–47 KB gzip each), which this site does not use. */
const UNUSED_UI_FILES = ['ui', 'component-ui', 'modular-ui'].flatMap((ui) => [
  `pagefind-${ui}.js`,
  `pagefind-${ui}.css`,
]);

/** Pages sent to Pagefind before the first of them must be answered: enough to keep it busy. */
const PAGES_IN_FLIGHT = 16;

/** Throws with every message Pagefind reported, so a broken index never ships quietly. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/**
 * Builds the search index from the finished HTML in `astro:build:done`. Only elements marked
 * `data-pagefind-body` are indexed, so navigation, footers and widget UI never pollute results.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'newsletter:pagefind',
    hooks: {
      'astro:build:start': () => forgetDistWalks(),
      'astro:build:done': async ({ dir, logger }) => {
        // SEARCH_INDEX=off skips indexing: the benchmark measures Astro's own floor with it.
        if (process.env['SEARCH_INDEX'] === 'off')
          return logger.info('Search index skipped (SEARCH_INDEX=off).');
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: site.lang });
          assertNoErrors('start', errors);
          if (!index) throw new Error('Pagefind did not create an index.');
          let pages = 0;
          let words = 0;
          // Pagefind parses in its own process: the next pages are read and sent while it works
          // on earlier ones (about 0.5 s of 2.4 at 1,000 issues), always in the same order, so
          // the index's bytes stay the same from build to build.
          const inFlight: Promise<void>[] = [];
          for (const file of await builtHtmlFiles(outDir)) {
            const content = await readFile(join(outDir, file), 'utf8');
            if (!content.includes('data-pagefind-body')) continue;
            // Spaces between blocks, or excerpts run words together (src/lib/search/spacing.ts).
            const adding = index
              .addHTMLFile({ sourcePath: file, content: spaceBlocks(content) })
              .then((added) => {
                assertNoErrors(`index ${file}`, added.errors);
                pages += 1;
                words += added.file.uniqueWords;
              });
            // A failure is thrown when it is awaited below, not as an unhandled rejection now.
            adding.catch(() => undefined);
            inFlight.push(adding);
            if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
          }
          await Promise.all(inFlight);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertNoErrors('write the index', written.errors);
          // Pagefind also writes its own ready-made UIs; ours replaces them, so they go.
          for (const ui of UNUSED_UI_FILES) await rm(join(outDir, 'pagefind', ui), { force: true });
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${pages} pages (${words} words) in ${ms} ms.`);
        } finally {
          // Said when slow: at 10,000 issues Pagefind's process holds the whole index.
          const closing = performance.now();
          await pagefind.close();
          const closed = Math.round(performance.now() - closing);
          if (closed > 1000) logger.info(`Pagefind took ${closed} ms to close.`);
        }
      },
    },
  };
}
