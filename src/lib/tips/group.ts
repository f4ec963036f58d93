import { collectTopics, hasTopic, type TopicNames, type TopicSummary } from '../content/topics.ts';
import type { Tip } from './collect.ts';

/** An issue with the tips marked in it. */
export interface IssueWithTips {
  number: number;
  title: string;
  date: Date;
  topics: readonly string[];
  tips: readonly Tip[];
}

/** A tip with the issue it comes from. */
export interface PlacedTip {
  tip: Tip;
  issue: { number: number; title: string };
}

/**
 * Tips grouped under each topic of their issue: topics with the most tips first, within a
 * topic the newest issue first, tips in reading order. Topics without tips are left out.
 */
export function groupTipsByTopic(
  issues: readonly IssueWithTips[],
  names: TopicNames = new Map(),
): { topic: TopicSummary; tips: PlacedTip[] }[] {
  const withTips = issues.filter((issue) => issue.tips.length > 0);
  const newest = [...withTips].sort((a, b) => b.date.getTime() - a.date.getTime() || b.number - a.number);
  return collectTopics(withTips, names)
    .map((topic) => {
      const tips = newest
        .filter((issue) => hasTopic(issue, topic.slug))
        .flatMap((issue) =>
          issue.tips.map((tip) => ({ tip, issue: { number: issue.number, title: issue.title } })),
        );
      return { topic: { ...topic, count: tips.length }, tips };
    })
    .sort((a, b) => b.tips.length - a.tips.length || a.topic.name.localeCompare(b.topic.name));
}
