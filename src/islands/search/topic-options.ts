import { joinBase } from '../../lib/paths/base.ts';
import { SEARCH_TOPICS_PATH } from '../../lib/paths/search-paths.ts';
import type { TopicOption } from '../../lib/search/filters.ts';
import { topicsFromNames, topicsFromSlugs } from '../../lib/search/topics.ts';
import type { Pagefind } from './pagefind-client.ts';

/**
 * The topics the filter offers, with the names readers see, from the site's list. Only when that
 * cannot be had (an old build, a failed fetch) does it ask the index, whose topic filter is far
 * larger and is otherwise loaded only when a search filters by topic.
 */
export async function topicOptions(pagefind: () => Promise<Pagefind>): Promise<TopicOption[]> {
  try {
    const response = await fetch(joinBase(import.meta.env.BASE_URL, SEARCH_TOPICS_PATH));
    const topics = response.ok ? topicsFromNames(await response.json()) : null;
    if (topics) return topics;
  } catch {
    // The index still knows the topics, as slugs.
  }
  const filters = await (await pagefind()).filters();
  return topicsFromSlugs(Object.keys(filters['topic'] ?? {}));
}
