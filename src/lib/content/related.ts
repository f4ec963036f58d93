import { topicSlug } from './topics.ts';

/** What ranking needs to know of an issue. */
export interface Relatable {
  number: number;
  date: Date;
  topics: readonly string[];
  /** The ids of the tips the issue gives (`<Tip id="…">`), if known. Default: none. */
  tipIds?: readonly string[] | undefined;
}

/** The issues filed under each topic slug, and under each tip id: each issue once per value. */
interface Index<T> {
  topics: Map<string, T[]>;
  tips: Map<string, T[]>;
}

// Every issue page ranks against the same list: it is indexed once, so ranking visits only the
// issues that share something instead of every pair (a million at 1,000 issues, a hundred
// million at 10,000).
const indexes = new WeakMap<readonly Relatable[], Index<Relatable>>();

function file<T>(lists: Map<string, T[]>, values: Iterable<string>, issue: T): void {
  for (const value of values) {
    const list = lists.get(value);
    if (list) list.push(issue);
    else lists.set(value, [issue]);
  }
}

function indexed<T extends Relatable>(issues: readonly T[]): Index<T> {
  let index = indexes.get(issues) as Index<T> | undefined;
  if (!index) {
    index = { topics: new Map(), tips: new Map() };
    for (const issue of issues) {
      file(index.topics, new Set(issue.topics.map(topicSlug)), issue);
      file(index.tips, new Set(issue.tipIds ?? []), issue);
    }
    indexes.set(issues, index);
  }
  return index;
}

/**
 * Other issues related to this one: most shared topics and tips first (each shared topic or
 * tip id counts one), then newest. Issues that share neither are left out, so a lone topic
 * shows nothing rather than noise.
 */
export function relatedIssues<T extends Relatable>(issues: readonly T[], current: Relatable, limit = 3): T[] {
  const index = indexed(issues);
  const shared = new Map<T, number>();
  const count = (lists: Map<string, T[]>, values: Iterable<string>) => {
    for (const value of values)
      for (const issue of lists.get(value) ?? [])
        if (issue.number !== current.number) shared.set(issue, (shared.get(issue) ?? 0) + 1);
  };
  count(index.topics, new Set(current.topics.map(topicSlug)));
  count(index.tips, new Set(current.tipIds ?? []));
  return [...shared]
    .sort(
      ([a, sharedA], [b, sharedB]) =>
        sharedB - sharedA || b.date.getTime() - a.date.getTime() || b.number - a.number,
    )
    .slice(0, limit)
    .map(([issue]) => issue);
}
