import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueCardContent, shareCardAlt } from '../../../src/lib/share-card/card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/share-card/image.ts';
import { shareCard } from '../../../src/lib/share-card/share-card.ts';

const newsletter = {
  name: 'Career Quick Tips',
  url: 'https://careerquicktips.example/base/',
  description: 'Practical career advice.',
};

describe('shareCard', () => {
  it.each([
    [
      'an issue',
      { number: 57, title: 'Quick Tip – Always Discuss the Job Offer' },
      {
        content: {
          siteName: 'Career Quick Tips',
          host: 'careerquicktips.example',
          label: 'Issue #57',
          title: 'Quick Tip – Always Discuss the Job Offer',
        },
        path: '/og/57.png',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        alt: 'Career Quick Tips · Issue #57 · Quick Tip – Always Discuss the Job Offer',
      },
    ],
    [
      'no issue',
      undefined,
      {
        content: {
          siteName: 'Career Quick Tips',
          host: 'careerquicktips.example',
          title: 'Career Quick Tips',
          subtitle: 'Practical career advice.',
        },
        path: '/og/default.png',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        alt: 'Career Quick Tips: Practical career advice.',
      },
    ],
  ])('with %s', (_, issue, card) => {
    expect(shareCard(newsletter, issue)).toEqual(card);
  });

  it('takes only the number and title from an issue, whatever else it carries', () => {
    const issue = { number: 60, title: 'Hold the line', description: 'x', topics: ['negotiation'] };
    expect(shareCard(newsletter, issue)).toEqual(
      shareCard(newsletter, { number: 60, title: 'Hold the line' }),
    );
  });

  it('describes an issue’s card with what it says, and serves it under the issue’s number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.string({ minLength: 1 }), (number, title) => {
        const card = shareCard(newsletter, { number, title });
        expect(card.content).toEqual(
          issueCardContent(newsletter.name, 'careerquicktips.example', { number, title }),
        );
        expect(card.alt).toBe(shareCardAlt(card.content));
        expect(card.path).toBe(`/og/${number}.png`);
      }),
    );
  });
});
