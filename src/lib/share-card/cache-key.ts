import { createHash } from 'node:crypto';
import { CARD_TEMPLATE_VERSION, type CardElement } from './card.ts';

/**
 * The cache key of a rendered card: a SHA-256 of its element tree (so any change to the text,
 * the fitting or the layout is a new key), the template version, and whatever else shapes the
 * pixels (`extra`: font files, renderer versions). Equal inputs give equal keys.
 */
export function shareCardKey(tree: CardElement, extra: readonly string[] = []): string {
  const input = JSON.stringify({ template: CARD_TEMPLATE_VERSION, tree, extra });
  return createHash('sha256').update(input).digest('hex');
}
