import { afterAll, describe, expect, it } from 'vitest';
import { issueCardContent, shareCardLayers } from '../../../src/lib/share-card/card.ts';
import { ShareCardPool } from '../../../src/share-cards/pool.ts';
import { loadCardFonts } from '../../../src/share-cards/render.ts';

const card = (number: number) =>
  issueCardContent('Career Quick Tips', 'careerquicktips.example', { number, title: `Issue ${number}` });

describe('the share-card pool', () => {
  const pool = new ShareCardPool(1);
  afterAll(() => pool.close());

  it('draws a card a page waits for before the issues’ cards still queued', async () => {
    const { files: fonts } = await loadCardFonts(card(1));
    const finished: string[] = [];
    const draw = (name: string, number: number, pageWaits = false) =>
      pool
        .render({ layers: shareCardLayers(card(number)), fonts }, pageWaits)
        .then(() => finished.push(name));
    const issues = [1, 2, 3, 4].map((number) => draw(`issue ${number}`, number));
    await Promise.all([...issues, draw('page', 5, true)]);
    // The first issue's card was already being drawn when the page asked.
    expect(finished).toEqual(['issue 1', 'page', 'issue 2', 'issue 3', 'issue 4']);
  });

  it('grows to more workers, which take the queued cards, and never past the size asked', async () => {
    const { files: fonts } = await loadCardFonts(card(1));
    const drawn = [6, 7, 8, 9].map((number) => pool.render({ layers: shareCardLayers(card(number)), fonts }));
    expect(pool.queued).toBe(3);
    pool.grow(2);
    expect(pool.queued).toBe(2);
    pool.grow(1);
    expect(pool.queued).toBe(2);
    expect(await Promise.all(drawn)).toHaveLength(4);
  });
});
