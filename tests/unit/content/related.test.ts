import { describe, expect, it } from 'vitest';
import { relatedIssues } from '../../../src/lib/content/related.ts';

const issue = (number: number, day: string, topics: string[]) => ({ number, date: new Date(`${day}T00:00:00Z`), topics });

describe('relatedIssues', () => {
  const current = issue(57, '2026-11-25', ['negotiation', 'offers', 'career']);
  const others = [
    current,
    issue(10, '2025-01-01', ['offers', 'negotiation']),
    issue(40, '2026-06-01', ['career']),
    issue(50, '2026-09-01', ['Career']),
    issue(30, '2026-03-01', ['interviews']),
  ];

  it('ranks by shared topics, then newest, without the issue itself or unrelated ones', () => {
    expect(relatedIssues(others, current).map((i) => i.number)).toEqual([10, 50, 40]);
  });

  it('respects the limit', () => {
    expect(relatedIssues(others, current, 1).map((i) => i.number)).toEqual([10]);
  });

  const withTips = (number: number, day: string, topics: string[], tipIds?: string[]) => ({
    ...issue(number, day, topics),
    ...(tipIds ? { tipIds } : {}),
  });

  it.each([
    {
      name: 'a shared tip counts like a shared topic',
      current: withTips(57, '2026-11-25', ['offers'], ['take-the-call']),
      others: [withTips(40, '2026-06-01', ['offers']), withTips(20, '2025-06-01', ['offers'], ['take-the-call'])],
      expected: [20, 40],
    },
    {
      name: 'shared tips alone make an issue related',
      current: withTips(57, '2026-11-25', ['offers'], ['take-the-call', 'counter']),
      others: [withTips(30, '2026-03-01', ['interviews'], ['counter']), withTips(31, '2026-04-01', ['interviews'])],
      expected: [30],
    },
    {
      name: 'topics and tips add up, then recency breaks ties',
      current: withTips(57, '2026-11-25', ['offers', 'career'], ['a', 'b']),
      others: [
        withTips(10, '2025-01-01', ['offers'], ['a', 'b']),
        withTips(11, '2026-01-01', ['offers', 'career'], ['a']),
        withTips(12, '2026-02-01', ['offers', 'career']),
        withTips(13, '2026-03-01', ['career'], ['b']),
      ],
      expected: [11, 10, 13],
    },
    {
      name: 'a tip id repeated in one issue counts once',
      current: withTips(57, '2026-11-25', ['offers', 'career'], ['a']),
      others: [withTips(10, '2025-01-01', ['offers'], ['a', 'a', 'a']), withTips(11, '2026-01-01', ['offers', 'career'], ['b'])],
      expected: [11, 10],
    },
    {
      name: 'issues without tipIds rank by topics as before',
      current: withTips(57, '2026-11-25', ['offers']),
      others: [withTips(10, '2025-01-01', ['offers'], ['a']), withTips(11, '2026-01-01', ['offers'])],
      expected: [11, 10],
    },
  ])('$name', ({ current: own, others: candidates, expected }) => {
    expect(relatedIssues(candidates, own).map((i) => i.number)).toEqual(expected);
  });
});
