/**
 * Turns a topic name into its URL slug: lower case, accents dropped ("Résumé" → "resume"),
 * letters and digits joined by hyphens. Letters of any script stay ("日本" → "日本"), so a
 * name the schema accepts never yields an empty slug.
 */
export function topicSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    slugs.set(name, slug);
  }
  return slug;
}

// Every issue page ranks every other issue by topic, so the same few names are slugged
// millions of times at 1,000 issues: each name is slugged once.
const slugs = new Map<string, string>();

/** A topic with the issues filed under it. */
export interface TopicSummary {
  slug: string;
  name: string;
  count: number;
}

/**
 * Every topic used by the given issues with how many issues use it, most used first, then by
 * name. Names that slug alike ("Offers", "offers") are one topic, named from `names` (the
 * author's topic list) or else as first seen.
 */
export function collectTopics(
  issues: readonly { topics: readonly string[] }[],
  names: TopicNames = new Map(),
): TopicSummary[] {
  const bySlug = new Map<string, TopicSummary>();
  for (const issue of issues) {
    const seen = new Set<string>();
    for (const name of issue.topics) {
      const slug = topicSlug(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const topic = bySlug.get(slug);
      if (topic) topic.count += 1;
      else bySlug.set(slug, { slug, name: topicNameIn(names, slug, name), count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Whether an issue is filed under the topic with this slug. */
export function hasTopic(issue: { topics: readonly string[] }, slug: string): boolean {
  return issue.topics.some((name) => topicSlug(name) === slug);
}

/** Display names by slug, from the author's topic list (content/topics.yaml). */
export type TopicNames = ReadonlyMap<string, string>;

/**
 * Reads the author's topic list: a map of slug to display name (`negotiation: Negotiation`).
 * Throws, naming the file and the entry, for a key that is not a slug or a name that is not text.
 */
export function parseTopicNames(data: unknown, file: string): Map<string, string> {
  const names = new Map<string, string>();
  if (data === null || data === undefined) return names;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: write one topic per line as slug: Name, like \`negotiation: Negotiation\`.`);
  }
  for (const [slug, name] of Object.entries(data)) {
    if (topicSlug(slug) !== slug) {
      throw new Error(
        `${file}: "${slug}" is not a topic slug. Write it as "${topicSlug(slug)}" (lower case, words joined by hyphens).`,
      );
    }
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(`${file}: the topic "${slug}" needs a name, like \`${slug}: ${slug.charAt(0).toUpperCase()}${slug.slice(1)}\`.`);
    }
    names.set(slug, name.trim());
  }
  return names;
}

/** A topic's display name: the author's from the topic list, else `fallback` (the spelling in the issue), else the slug. */
export function topicNameIn(names: TopicNames, slug: string, fallback?: string): string {
  return names.get(slug) ?? fallback ?? slug;
}

/**
 * Topics spelled two or more ways across issues ("Career", "CAREER!") that the topic list does not
 * name: one message per slug, naming each spelling and the files that use it; [] when none.
 */
export function topicSpellingProblems(
  files: readonly { filePath: string; topics: readonly string[] }[],
  names: TopicNames,
): string[] {
  const bySlug = new Map<string, Map<string, string[]>>();
  for (const { filePath, topics } of files) {
    for (const spelling of topics) {
      const slug = topicSlug(spelling);
      if (names.has(slug)) continue;
      const spellings = bySlug.get(slug) ?? new Map<string, string[]>();
      spellings.set(spelling, [...(spellings.get(spelling) ?? []), filePath]);
      bySlug.set(slug, spellings);
    }
  }
  return [...bySlug.entries()]
    .filter(([, spellings]) => spellings.size > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, spellings]) => {
      const uses = [...spellings.entries()].map(([spelling, paths]) => `"${spelling}" in ${[...new Set(paths)].sort().join(', ')}`);
      return `The topic "${slug}" is spelled ${spellings.size} ways: ${uses.join('; ')}. Use one spelling in every issue, or name it once in content/topics.yaml (\`${slug}: ${[...spellings.keys()][0]}\`).`;
    });
}
