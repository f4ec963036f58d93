// Draws a card from its two layers (src/lib/share-card/card.ts): the backdrop once per thread,
// then for each card only its text block, which satori lays out and resvg rasterises, set into
// the backdrop's compressed rows (src/lib/share-card/png.ts). The worker threads and the main
// thread draw with this same module, so a card is the same bytes wherever it was drawn.
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardElement, CardLayers } from '../lib/share-card/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/share-card/image.ts';
import { cardPng, prepareBackdrop, type Backdrop, type Pixels } from '../lib/share-card/png.ts';

/** A font as satori takes it. */
export type CardFont = SatoriOptions['fonts'][number];

/** resvg's settings: no system fonts (satori has turned the text into paths; the same bytes everywhere). */
const RESVG_OPTIONS = { font: { loadSystemFonts: false } } as const;

/** Lays out an element tree at a size and rasterises it. */
export async function rasterise(
  tree: CardElement,
  width: number,
  height: number,
  fonts: CardFont[],
): Promise<Pixels> {
  // satori's types expect React elements; our tree is the same plain-object shape.
  const element = tree as unknown as Parameters<typeof satori>[0];
  const svg = await satori(element, { width, height, fonts });
  const image = new Resvg(svg, RESVG_OPTIONS).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

// A few backdrops per thread: a site has one, and a card with other scripts in its text
// (another set of fonts) may draw its own.
const backdrops = new Map<string, Promise<Backdrop>>();
const BACKDROPS_KEPT = 4;

function backdropFor(tree: CardElement, fonts: CardFont[]): Promise<Backdrop> {
  const key = JSON.stringify([tree, fonts.map(({ name, weight }) => `${name}:${weight}`)]);
  let backdrop = backdrops.get(key);
  if (!backdrop) {
    backdrop = rasterise(tree, CARD_WIDTH, CARD_HEIGHT, fonts).then(prepareBackdrop);
    if (backdrops.size >= BACKDROPS_KEPT) backdrops.delete(backdrops.keys().next().value ?? '');
    backdrops.set(key, backdrop);
  }
  return backdrop;
}

/** A card's PNG from its layers: the backdrop (drawn once) with the text block set in. */
export async function drawCard(layers: CardLayers, fonts: CardFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const [backdrop, text] = await Promise.all([
    backdropFor(layers.backdrop, fonts),
    rasterise(layers.text, layers.width, layers.height, fonts),
  ]);
  return cardPng(backdrop, { ...text, left: layers.left, top: layers.top });
}
