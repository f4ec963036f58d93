import { describe, expect, it } from 'vitest';
import { mapTopics } from '../../../src/lib/import/topics.ts';

describe('mapTopics', () => {
  it.each([
    [
      ['salary', 'NEGOTIATION'],
      ['Salary', 'negotiation'],
      ['Salary', 'negotiation'],
    ],
    [['Remote work'], ['career'], ['Remote work']],
    [['offers', 'Offers'], [], ['offers']],
    [[], ['Career'], ['Career']],
    [['!!!'], [], ['career']],
  ])('%j with %j → %j', (tags, existing, expected) => {
    expect(mapTopics(tags, existing, 'career')).toEqual(expected);
  });
});
