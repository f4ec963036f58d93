import { describe, expect, it } from 'vitest';
import {
  defaultCardContent,
  issueCardContent,
  shareCardAlt,
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
      'Quick Tip – Always Discuss',
      'the Job Offer',
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
