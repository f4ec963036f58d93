import { topicSlug } from './topics.ts';

/** What ranking needs to know of an issue. */
export interface Relatable {
  number: number;
  date: Date;
  topics: readonly string[];
  /** The ids of the tips the issue gives (`<Tip id="…">`), if known. Default: none. */
  tipIds?: readonly string[] | undefined;
}

/** How many distinct values two lists share. */
function sharedCount(mine: ReadonlySet<string>, theirs: readonly string[]): number {
  // A loop, not filter() and a Set: every issue page weighs every other issue, a million
  // pairs at 1,000 issues.
  let count = 0;
  theirs.forEach((value, index) => {
    if (mine.has(value) && theirs.indexOf(value) === index) count += 1;
  });
  return count;
}

/**
 * Other issues related to this one: most shared topics and tips first (each shared topic or
 * tip id counts one), then newest. Issues that share neither are left out, so a lone topic
 * shows nothing rather than noise.
 */
export function relatedIssues<T extends Relatable>(issues: readonly T[], current: Relatable, limit = 3): T[] {
  const ownTopics = new Set(current.topics.map(topicSlug));
  const ownTips = new Set(current.tipIds ?? []);
  return issues
    .filter((issue) => issue.number !== current.number)
    .map((issue) => ({
      issue,
      shared: sharedCount(ownTopics, issue.topics.map(topicSlug)) + sharedCount(ownTips, issue.tipIds ?? []),
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
