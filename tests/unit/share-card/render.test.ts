import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadCardFonts,
  placeShareCards,
  renderShareCard,
  shareCardPng,
} from '../../../src/share-cards/render.ts';
import { rasterise } from '../../../src/share-cards/draw.ts';
import { placeCardsIn, placedCards } from '../../../src/share-cards/placement.ts';
import { defaultCardContent, issueCardContent, shareCardTree } from '../../../src/lib/share-card/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/share-card/image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const issue57 = issueCardContent('Career Quick Tips', 'careerquicktips.example', {
  number: 57,
  title: 'Quick Tip – Always Discuss the Job Offer',
});

describe('share-card rendering', () => {
  let cacheDir = '';
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'share-card-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it.each([
    ['an issue card', issue57],
    [
      'the default card',
      defaultCardContent('Career Quick Tips', 'careerquicktips.example', 'Practical advice.'),
    ],
  ])('renders %s as a 1200×630 PNG', async (_, content) => {
    expect(pngSize(await renderShareCard(content))).toEqual({ width: 1200, height: 630 });
  });

  // Each card is drawn as a backdrop drawn once and a text block set into it: the pixels must be
  // those of the whole card drawn at once, or a card could lose a line or shift without a test noticing.
  it.each([
    ['an issue card', issue57],
    [
      'a card with fallback scripts',
      { ...issue57, title: '谈薪 – مفاوضة 🎉, a Long Title That Takes Three Lines on the Card' },
    ],
    [
      'the default card',
      defaultCardContent(
        'Career Quick Tips',
        'careerquicktips.example',
        'Practical advice, one tip at a time.',
      ),
    ],
  ])('draws %s pixel for pixel as the whole card drawn at once', async (_, content) => {
    const { data } = await sharp(await renderShareCard(content))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { fonts } = await loadCardFonts(content);
    const whole = await rasterise(shareCardTree(content), CARD_WIDTH, CARD_HEIGHT, fonts);
    expect(data.length).toBe(whole.pixels.length);
    const differing = new Set<number>();
    for (let at = 0; at < whole.pixels.length; at += 1)
      if (data[at] !== whole.pixels[at]) differing.add(at >> 2);
    // satori rounds a glyph's path coordinates from the origin of what it lays out, so the edge of
    // a small glyph drawn in the text block alone may shade a few pixels differently. A shifted
    // line, a lost glyph or a wrong row costs thousands of the card's 756,000 pixels.
    expect(differing.size).toBeLessThan(50);
  });

  it('renders the same bytes for the same content', async () => {
    const [first, second] = [await renderShareCard(issue57), await renderShareCard({ ...issue57 })];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('renders once, then reads the cache', async () => {
    const cold = await shareCardPng(issue57, cacheDir);
    const warm = await shareCardPng(issue57, cacheDir);
    expect([cold.cached, warm.cached]).toEqual([false, true]);
    expect(Buffer.from(warm.png).equals(Buffer.from(cold.png))).toBe(true);
    expect((await readdir(cacheDir)).filter((file) => file.endsWith('.png'))).toHaveLength(1);
    console.info(`share card: rendered in ${cold.ms.toFixed(0)} ms, from cache in ${warm.ms.toFixed(1)} ms`);
  });

  it('renders again when the content changes', async () => {
    const changed = await shareCardPng({ ...issue57, title: `${issue57.title}!` }, cacheDir);
    expect(changed.cached).toBe(false);
    expect((await readdir(cacheDir)).filter((file) => file.endsWith('.png'))).toHaveLength(2);
  });

  it('places a card in the build as the same bytes, copied from the cache', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'share-card-build-'));
    try {
      placeCardsIn(outDir);
      placeShareCards([{ path: '/og/57.png', content: issue57 }], cacheDir);
      expect(await placedCards()).toBe(1);
      const placed = await readFile(join(outDir, 'og/57.png'));
      expect(placed.equals(Buffer.from((await shareCardPng(issue57, cacheDir)).png))).toBe(true);
      // Each card is written once: a second build of the same process starts afresh.
      expect(await placedCards()).toBe(0);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
