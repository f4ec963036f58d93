import { collectTopics, topicSlug, type TopicSummary } from '../content/topics.ts';
import type { IssueWithTips, PlacedTip } from './group.ts';

/** A tip listed once, with the topics of its issue (as slugs, to filter by). */
export interface ListedTip extends PlacedTip {
  /** Slugs of the issue's topics, without repeats. */
  topics: string[];
}

/**
 * Every tip once, newest issue first and in reading order within an issue, with the topics
 * that filter it; and the topics that have tips, each counting its tips, most first.
 */
export function listTips(issues: readonly IssueWithTips[]): { tips: ListedTip[]; topics: TopicSummary[] } {
  const newest = issues
    .filter((issue) => issue.tips.length > 0)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.number - a.number);
  const tips = newest.flatMap((issue) => {
    const topics = [...new Set(issue.topics.map(topicSlug).filter(Boolean))];
    return issue.tips.map((tip) => ({ tip, issue: { number: issue.number, title: issue.title }, topics }));
  });
  const topics = collectTopics(newest)
    .map((topic) => ({ ...topic, count: tips.filter((item) => item.topics.includes(topic.slug)).length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { tips, topics };
}

/** The fragment a topic chip on /tips/ links to. */
export function tipFilterAnchor(slug: string): string {
  return `topic-${slug}`;
}

/**
 * The stylesheet that filters /tips/ by topic without JavaScript: when a topic's anchor is the
 * URL's fragment (:target), tips of other topics hide and that topic's chip shows as chosen.
 * Slugs are letters, digits and hyphens, so they can stand in selectors as they are; anything
 * else is escaped all the same.
 */
export function tipFilterCss(slugs: readonly string[]): string {
  return slugs
    .map((slug) => {
      const anchor = cssIdent(tipFilterAnchor(slug));
      const value = cssString(slug);
      return (
        `.tips-page:has(#${anchor}:target) .tip:not([data-topics~=${value}]){display:none}` +
        `.tips-page:has(#${anchor}:target) .chip[data-topic=${value}]{background:var(--color-accent);border-color:var(--color-accent);color:var(--color-accent-text)}` +
        `.tips-page:has(#${anchor}:target) .chip[data-topic=""]{background:var(--color-raised);border-color:var(--color-border);color:var(--color-text)}`
      );
    })
    .join('\n');
}

/** A CSS identifier for any text: characters outside [A-Za-z0-9_-] become hex escapes. */
function cssIdent(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `);
}

/** A double-quoted CSS string for any text. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n]/g, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `)}"`;
}
