import { topicSlug } from '../content/topics.ts';

/**
 * Topics for an imported issue: each tag under the spelling the site already uses for it
 * ("salary" → "Salary" when an issue says "Salary"), new ones as the platform wrote them,
 * and `fallback` when the post has no usable tag (the schema wants at least one).
 */
export function mapTopics(tags: readonly string[], existing: readonly string[], fallback: string): string[] {
  const known = new Map<string, string>();
  for (const name of existing) if (!known.has(topicSlug(name))) known.set(topicSlug(name), name);
  const result = new Map<string, string>();
  for (const tag of tags) {
    const slug = topicSlug(tag);
    if (slug && !result.has(slug)) result.set(slug, known.get(slug) ?? tag.trim());
  }
  return result.size > 0 ? [...result.values()] : [known.get(topicSlug(fallback)) ?? fallback];
}
