import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareCardTally } from '../share-cards/build-tally.ts';
import { placeCardsIn, placedCards } from '../share-cards/placement.ts';
import { drawOnEveryCore } from '../share-cards/pool.ts';

/**
 * Tells the pages where to copy each issue's share card as soon as it is drawn
 * (src/share-cards/placement.ts), waits for the last ones once the pages are done, then logs
 * how many were rendered and how many came from the cache (the benchmark reads that line).
 */
export default function shareCards(): AstroIntegration {
  return {
    name: 'newsletter:share-cards',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'build') placeCardsIn(fileURLToPath(config.outDir));
      },
      'astro:build:done': async ({ logger }) => {
        // The wait for cards still being drawn or copied is timed apart from the drawing: it
        // falls between the search index's line and this one.
        const started = performance.now();
        drawOnEveryCore();
        await placedCards();
        const placing = Math.round(performance.now() - started);
        const { rendered, cached, ms, cpuMs } = shareCardTally();
        logger.info(
          `Share cards: ${rendered} rendered, ${cached} from cache, in ${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU); finished and copied into the build ${placing} ms after the pages.`,
        );
      },
    },
  };
}
