import { topicSlug } from './topics.ts';

/** What ranking needs to know of an issue. */
export interface Relatable {
  number: number;
  date: Date;
  topics: readonly string[];
}

/**
 * Other issues that share a topic with this one: most shared topics first, then newest.
 * Issues that share none are left out, so a lone topic shows nothing rather than noise.
 */
export function relatedIssues<T extends Relatable>(issues: readonly T[], current: Relatable, limit = 3): T[] {
  const own = new Set(current.topics.map(topicSlug));
  return issues
    .filter((issue) => issue.number !== current.number)
    .map((issue) => ({
      issue,
      shared: new Set(issue.topics.map(topicSlug).filter((slug) => own.has(slug))).size,
    }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.issue.date.getTime() - a.issue.date.getTime() ||
        b.issue.number - a.issue.number,
    )
    .slice(0, limit)
    .map(({ issue }) => issue);
}
