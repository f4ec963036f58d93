/** The kinds of page search can narrow to. */
export const SEARCH_KINDS = ['issue', 'tip', 'tool'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a search URL holds: `/search/?q=counteroffer&topic=negotiation&kind=tip`. */
export interface SearchQuery {
  q: string;
  topic: string;
  kind: SearchKind | '';
}

/**
 * The URL parameter that carries the searched words to the page a reader opens. The inline page
 * script (src/inline-scripts/page.js) spells it out too; tests/unit/search/highlight-param.test.ts fails when the two differ.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Longest query kept from a URL: enough for any real search, short enough to stay fast. */
export const MAX_QUERY_LENGTH = 200;

const isKind = (value: string): value is SearchKind => (SEARCH_KINDS as readonly string[]).includes(value);

/** Reads a search from a URL query string; never throws, and drops what it does not know. */
export function parseSearchQuery(search: string): SearchQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { q: '', topic: '', kind: '' };
  }
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const topic = (params.get('topic') ?? '').trim().slice(0, 100);
  const kind = (params.get('kind') ?? '').trim();
  return { q, topic, kind: isKind(kind) ? kind : '' };
}

/** Writes a search as a URL query string ("?q=…"), leaving out empty parts; "" when empty. */
export function formatSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.topic) params.set('topic', query.topic);
  if (query.kind) params.set('kind', query.kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}
