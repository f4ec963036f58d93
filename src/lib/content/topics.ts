/**
 * Turns a topic name into its URL slug: lower case, accents dropped ("Résumé" → "resume"),
 * letters and digits joined by hyphens. Letters of any script stay ("日本" → "日本"), so a
 * name the schema accepts never yields an empty slug.
 */
export function topicSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A topic with the issues filed under it. */
export interface TopicSummary {
  slug: string;
  name: string;
  count: number;
}

/**
 * Every topic used by the given issues with how many issues use it, most used first, then by
 * name. Names that slug alike ("Offers", "offers") are one topic, named as first seen.
 */
export function collectTopics(issues: readonly { topics: readonly string[] }[]): TopicSummary[] {
  const bySlug = new Map<string, TopicSummary>();
  for (const issue of issues) {
    const seen = new Set<string>();
    for (const name of issue.topics) {
      const slug = topicSlug(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const topic = bySlug.get(slug);
      if (topic) topic.count += 1;
      else bySlug.set(slug, { slug, name, count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Whether an issue is filed under the topic with this slug. */
export function hasTopic(issue: { topics: readonly string[] }, slug: string): boolean {
  return issue.topics.some((name) => topicSlug(name) === slug);
}
