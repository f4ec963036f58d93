import { joinBase } from '../../lib/paths/base.ts';
import { SEARCH_TOPICS_PATH } from '../../lib/paths/search-paths.ts';
import type { TopicOption } from '../../lib/search/filters.ts';

/**
 * The index's topics (slugs, from Pagefind's filters) with the names readers see. The names are a
 * nicety: without them (an old build, a failed fetch) each topic shows as its slug.
 */
export async function topicOptions(slugs: readonly string[]): Promise<TopicOption[]> {
  let names: Record<string, unknown> = {};
  try {
    const response = await fetch(joinBase(import.meta.env.BASE_URL, SEARCH_TOPICS_PATH));
    if (response.ok) names = (await response.json()) as Record<string, unknown>;
  } catch {
    // Slugs are still readable words; search works the same without names.
  }
  return slugs
    .map((slug) => ({ slug, name: typeof names[slug] === 'string' ? names[slug] : slug }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
