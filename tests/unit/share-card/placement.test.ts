import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeCard, writePlacedCards } from '../../../src/share-cards/placement.ts';

describe('placed share cards', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'placement-'));
  });
  afterEach(async () => {
    await writePlacedCards(dir).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('copies a cached file, writes bare bytes, and makes the folders', async () => {
    const cached = join(dir, 'cached.png');
    await writeFile(cached, 'cached bytes');
    placeCard('/og/1.png', Promise.resolve({ file: cached }));
    placeCard('/og/nested/2.png', Promise.resolve({ png: new TextEncoder().encode('bare bytes') }));
    const out = join(dir, 'dist');
    expect(await writePlacedCards(out)).toBe(2);
    expect(await readFile(join(out, 'og/1.png'), 'utf8')).toBe('cached bytes');
    expect(await readFile(join(out, 'og/nested/2.png'), 'utf8')).toBe('bare bytes');
  });

  it('fails the build when a card failed to draw', async () => {
    placeCard('/og/3.png', Promise.reject(new Error('satori could not lay out the card')));
    await expect(writePlacedCards(join(dir, 'dist'))).rejects.toThrow('satori could not lay out the card');
  });

  it('refuses a card with neither a file nor bytes', async () => {
    placeCard('/og/4.png', Promise.resolve({}));
    await expect(writePlacedCards(join(dir, 'dist'))).rejects.toThrow(
      'The share card for /og/4.png has neither a file nor bytes.',
    );
  });
});
