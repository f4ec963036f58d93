// The topics the search filter offers. They come from the site's own list (slug → name, a few
// hundred bytes) rather than from Pagefind's filter index, which lists every page under its
// topics and grows with the catalogue (35 KB at 10,000 issues).
import type { TopicOption } from './filters.ts';

/** The topics in a slug → name map (the JSON of /search/topics.json), sorted by name; null when it is not such a map. */
export function topicsFromNames(names: unknown): TopicOption[] | null {
  if (typeof names !== 'object' || names === null || Array.isArray(names)) return null;
  const topics: TopicOption[] = [];
  for (const [slug, name] of Object.entries(names)) {
    if (typeof name !== 'string') return null;
    topics.push({ slug, name: name || slug });
  }
  return topics.sort((a, b) => a.name.localeCompare(b.name));
}

/** The topics as the index names them (its filter values, slugs), each shown as its slug: the fallback without the list. */
export function topicsFromSlugs(slugs: readonly string[]): TopicOption[] {
  return slugs.map((slug) => ({ slug, name: slug })).sort((a, b) => a.name.localeCompare(b.name));
}
