import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareCardTally } from '../share-cards/build-tally.ts';
import { writePlacedCards } from '../share-cards/placement.ts';

/**
 * Copies each issue's share card into the build once the pages are done (the cards were drawn
 * alongside them: src/share-cards/placement.ts), then logs how many were rendered and how many
 * came from the cache (the benchmark reads that line).
 */
export default function shareCards(): AstroIntegration {
  return {
    name: 'newsletter:share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The wait for cards still being drawn and the copying are timed apart from the drawing:
        // both fall between the search index's line and this one.
        const started = performance.now();
        await writePlacedCards(fileURLToPath(dir));
        const placing = Math.round(performance.now() - started);
        const { rendered, cached, ms, cpuMs } = shareCardTally();
        logger.info(
          `Share cards: ${rendered} rendered, ${cached} from cache, in ${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU); finished and copied into the build ${placing} ms after the pages.`,
        );
      },
    },
  };
}
