import { describe, expect, it } from 'vitest';
import { shareCardKey } from '../../../src/lib/share-card/cache-key.ts';
import { issueCardContent, shareCardTree } from '../../../src/lib/share-card/card.ts';

describe('shareCardKey', () => {
  const tree = shareCardTree(issueCardContent('N', 'h', { number: 57, title: 'Title' }));

  it('is a SHA-256 hex digest, the same for the same input', () => {
    expect(shareCardKey(tree, ['font:1'])).toMatch(/^[0-9a-f]{64}$/);
    expect(shareCardKey(tree, ['font:1'])).toBe(shareCardKey(structuredClone(tree), ['font:1']));
  });

  it.each([
    ['another title', shareCardTree(issueCardContent('N', 'h', { number: 57, title: 'Title!' })), ['font:1']],
    ['another number', shareCardTree(issueCardContent('N', 'h', { number: 58, title: 'Title' })), ['font:1']],
    ['another font', tree, ['font:2']],
  ])('changes with %s', (_, other, extra) => {
    expect(shareCardKey(other, extra)).not.toBe(shareCardKey(tree, ['font:1']));
  });
});
