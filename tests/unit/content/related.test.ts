import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedIssues, type Relatable } from '../../../src/lib/content/related.ts';
import { topicSlug } from '../../../src/lib/content/topics.ts';

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
  it('finds the one issue among many that shares a rare tip', () => {
    const many = Array.from({ length: 100 }, (_, at) =>
      withTips(at + 1, `2025-0${1 + (at % 9)}-1${at % 10}`, ['other'], at === 49 ? ['rare'] : ['common']),
    );
    const own = withTips(101, '2026-11-25', ['mine'], ['rare']);
    expect(relatedIssues([...many, own], own).map((i) => i.number)).toEqual([50]);
  });

  // The ranking as first written, pair by pair: the indexed one must agree with it everywhere.
  const byPairs = (issues: readonly Relatable[], current: Relatable, limit: number) => {
    const shared = (mine: Set<string>, theirs: readonly string[]) =>
      new Set(theirs.filter((value) => mine.has(value))).size;
    const topics = new Set(current.topics.map(topicSlug));
    const tips = new Set(current.tipIds ?? []);
    return issues
      .filter((other) => other.number !== current.number)
      .map((other) => ({
        other,
        count: shared(topics, other.topics.map(topicSlug)) + shared(tips, [...(other.tipIds ?? [])]),
      }))
      .filter(({ count }) => count > 0)
      .sort(
        (a, b) =>
          b.count - a.count ||
          b.other.date.getTime() - a.other.date.getTime() ||
          b.other.number - a.other.number,
      )
      .slice(0, limit)
      .map(({ other }) => other.number);
  };
  const value = fc.constantFrom('a', 'b', 'Offers', 'offers', 'Résumé', 'resume', 'x & y');
  const relatable = fc.record({
    number: fc.integer({ min: 1, max: 400 }),
    date: fc.integer({ min: 0, max: 20 }).map((day) => new Date(Date.UTC(2025, 0, 1 + day))),
    topics: fc.array(value, { maxLength: 4 }),
    // Rare tip ids too: a list shorter than the counters' words is counted issue by issue.
    tipIds: fc.option(fc.array(fc.oneof(value, fc.string({ minLength: 1, maxLength: 2 })), { maxLength: 3 }), {
      nil: undefined,
    }),
  });

  it('ranks exactly as comparing every pair does', () => {
    fc.assert(
      fc.property(
        // Past 32 issues, so counts span several words and long lists are counted as bitsets.
        fc.uniqueArray(relatable, { selector: (item) => item.number, maxLength: 120 }),
        fc.integer({ min: 0, max: 5 }),
        (issues, limit) => {
          for (const current of issues)
            expect(relatedIssues(issues, current, limit).map((i) => i.number)).toEqual(
              byPairs(issues, current, limit),
            );
        },
      ),
      { numRuns: 100 },
    );
  });
});

