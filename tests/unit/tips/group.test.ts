import { describe, expect, it } from 'vitest';
import { groupTipsByTopic } from '../../../src/lib/tips/group.ts';

describe('groupTipsByTopic', () => {
  const tip = (id: string) => ({ id, title: id, text: id });
  const issue = (number: number, day: string, topics: string[], tips: string[]) => ({
    number,
    title: `Issue ${number}`,
    date: new Date(`${day}T00:00:00Z`),
    topics,
    tips: tips.map(tip),
  });

  it('groups tips under every topic of their issue, busiest topic first, newest issue first', () => {
    const groups = groupTipsByTopic([
      issue(1, '2026-01-01', ['offers'], ['a']),
      issue(2, '2026-02-01', ['offers', 'career'], ['b', 'c']),
      issue(3, '2026-03-01', ['interviews'], []),
    ]);
    expect(
      groups.map((g) => [g.topic.slug, g.topic.count, g.tips.map((t) => `${t.issue.number}:${t.tip.id}`)]),
    ).toEqual([
      ['offers', 3, ['2:b', '2:c', '1:a']],
      ['career', 2, ['2:b', '2:c']],
    ]);
  });

  it('is empty when no issue has tips', () => {
    expect(groupTipsByTopic([issue(1, '2026-01-01', ['offers'], [])])).toEqual([]);
  });
});
