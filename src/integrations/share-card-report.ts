import type { AstroIntegration } from 'astro';
import { shareCardTally } from '../share-cards/build-tally.ts';

/** Logs how many share cards the build rendered and read from cache (the benchmark reads it). */
export default function shareCardReport(): AstroIntegration {
  return {
    name: 'newsletter:share-cards',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { rendered, cached, ms } = shareCardTally();
        logger.info(`Share cards: ${rendered} rendered, ${cached} from cache, in ${Math.round(ms)} ms.`);
      },
    },
  };
}
