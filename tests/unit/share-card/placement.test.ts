import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeCard, placeCardsIn, placedCards } from '../../../src/share-cards/placement.ts';

describe('placed share cards', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'placement-'));
    placeCardsIn(join(dir, 'dist'));
  });
  afterEach(async () => {
    await placedCards().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('copies a cached file, writes bare bytes, and makes the folders', async () => {
    const cached = join(dir, 'cached.png');
    await writeFile(cached, 'cached bytes');
    placeCard('/og/1.png', Promise.resolve({ file: cached }));
    placeCard('/og/nested/2.png', Promise.resolve({ png: new TextEncoder().encode('bare bytes') }));
    const out = join(dir, 'dist');
    expect(await placedCards()).toBe(2);
    expect(await readFile(join(out, 'og/1.png'), 'utf8')).toBe('cached bytes');
    expect(await readFile(join(out, 'og/nested/2.png'), 'utf8')).toBe('bare bytes');
  });

  it('copies each card as soon as it is drawn, not when the build waits for them', async () => {
    let drawn: (card: { png: Uint8Array }) => void = () => undefined;
    placeCard('/og/5.png', new Promise((resolve) => (drawn = resolve)));
    drawn({ png: new TextEncoder().encode('drawn early') });
    await vi.waitFor(() => access(join(dir, 'dist/og/5.png')), { timeout: 60_000 });
    expect(await placedCards()).toBe(1);
  });

  it('fails the build when a card failed to draw', async () => {
    placeCard('/og/3.png', Promise.reject(new Error('satori could not lay out the card')));
    await expect(placedCards()).rejects.toThrow('satori could not lay out the card');
  });

  it('refuses a card with neither a file nor bytes', async () => {
    placeCard('/og/4.png', Promise.resolve({}));
    await expect(placedCards()).rejects.toThrow('The share card for /og/4.png has neither a file nor bytes.');
  });
});
