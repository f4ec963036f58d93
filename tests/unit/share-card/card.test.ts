import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultCardContent,
  issueCardContent,
  shareCardAlt,
  shareCardLayers,
  shareCardTree,
  type CardElement,
} from '../../../src/lib/share-card/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/share-card/image.ts';

/** Every string in a card's element tree, in order. */
function texts(node: CardElement | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('shareCardTree', () => {
  it('says the newsletter’s name, the issue number, the title and the host', () => {
    const tree = shareCardTree(
      issueCardContent('Career Quick Tips', 'news.example', {
        number: 57,
        title: 'Quick Tip – Always Discuss the Job Offer',
      }),
    );
    expect(texts(tree)).toEqual([
      'Career Quick Tips',
      'Issue #57',
      'Quick Tip – Always Discuss the',
      'Job Offer',
      'news.example',
    ]);
    expect(tree.props.style).toMatchObject({
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
    });
  });

  it('gives the default card the newsletter’s promise instead of a number', () => {
    const tree = shareCardTree(
      defaultCardContent('Career Quick Tips', 'news.example', 'Practical career advice.'),
    );
    expect(texts(tree)).toEqual([
      'Career Quick Tips',
      'Career Quick Tips',
      'Practical career advice.',
      'news.example',
    ]);
  });

  it('is the same tree for the same content', () => {
    const content = issueCardContent('N', 'h', { number: 1, title: 'T' });
    expect(shareCardTree(content)).toEqual(shareCardTree({ ...content }));
  });
});

describe('shareCardLayers', () => {
  it('sets any issue’s text block on whole pixels, centred between the name and the host', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 99_999 }), (title, number) => {
        const { top, height, left, width } = shareCardLayers(issueCardContent('N', 'h', { number, title }));
        expect([top, height, left, width].every(Number.isInteger)).toBe(true);
        // Below the name row (border 16, padding 64, row 48), above the host row (padding 64, row 36).
        expect(top).toBeGreaterThanOrEqual(128);
        expect(top + height).toBeLessThanOrEqual(CARD_HEIGHT - 100);
        expect(Math.abs(top - 128 - (CARD_HEIGHT - 100 - (top + height)))).toBeLessThanOrEqual(1);
        expect(left + width).toBeLessThanOrEqual(CARD_WIDTH);
      }),
    );
  });

  it('draws the same backdrop behind every issue', () => {
    const layers = (title: string, number: number) =>
      shareCardLayers(issueCardContent('Career Quick Tips', 'news.example', { number, title }));
    expect(layers('One', 1).backdrop).toEqual(layers('Another, Longer Title', 2).backdrop);
  });
});

describe('shareCardAlt', () => {
  it.each([
    [
      issueCardContent('Career Quick Tips', 'h', { number: 57, title: 'Always Discuss the Job Offer' }),
      'Career Quick Tips · Issue #57 · Always Discuss the Job Offer',
    ],
    [
      defaultCardContent('Career Quick Tips', 'h', 'Practical advice.'),
      'Career Quick Tips: Practical advice.',
    ],
  ])('%o → %s', (content, alt) => {
    expect(shareCardAlt(content)).toBe(alt);
  });
});
