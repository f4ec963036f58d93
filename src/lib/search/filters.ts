// What is narrowing a search, in words: every filter the URL or the reader set, including ones
// this site does not know, so a reader never faces "No results" without seeing why.
import { SEARCH_KINDS, type SearchQuery } from './query.ts';

/** A topic the index knows: its slug (the filter's value) and the name readers see. */
export interface TopicOption {
  slug: string;
  name: string;
}

/** One filter in force, or one part of the URL that was left out. */
export interface FilterNote {
  /** The URL parameter: "topic", "kind", or anything else a link carried. */
  param: string;
  value: string;
  /** What to show: "topic: Negotiation". */
  label: string;
  /** False when the site has no such topic or kind, or no such parameter. */
  known: boolean;
  /** True when it narrows the results; false when it was ignored. */
  active: boolean;
}

const KIND_NAMES: Record<string, string> = { issue: 'Issues', tip: 'Tips', tool: 'Tools' };

/**
 * The filters in force for `query` (read from `search`, the raw URL query), in the order the form
 * shows them, then every parameter the search ignored. `topics` is null while the index's list of
 * topics is loading: a topic is then shown as it is, neither known nor unknown yet.
 */
export function describeFilters(
  query: SearchQuery,
  search: string,
  topics: readonly TopicOption[] | null,
): FilterNote[] {
  const notes: FilterNote[] = [];
  if (query.topic) {
    const topic = topics?.find((option) => option.slug === query.topic);
    const known = topics === null || topic !== undefined;
    notes.push({
      param: 'topic',
      value: query.topic,
      label: topic
        ? `topic: ${topic.name}`
        : `topic: “${query.topic}”${known ? '' : ' (no topic has that name)'}`,
      known,
      active: true,
    });
  }
  if (query.kind) {
    notes.push({
      param: 'kind',
      value: query.kind,
      label: `kind: ${KIND_NAMES[query.kind] ?? query.kind}`,
      known: true,
      active: true,
    });
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return notes;
  }
  for (const [param, value] of params) {
    if (param === 'q' || param === 'topic') continue;
    if (param === 'kind' && (SEARCH_KINDS as readonly string[]).includes(value.trim())) continue;
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    notes.push({
      param,
      value,
      label:
        param === 'kind'
          ? `kind: “${shown}” (not a kind of page here, ignored)`
          : `“${param}=${shown}” (ignored)`,
      known: false,
      active: false,
    });
  }
  return notes;
}

/** One sentence for the page and the announcement: "Filtered by topic: Negotiation and kind: Tips." ("" for none). */
export function filterSentence(notes: readonly FilterNote[]): string {
  const active = notes.filter((note) => note.active).map((note) => note.label);
  const ignored = notes.filter((note) => !note.active).map((note) => note.label);
  const parts: string[] = [];
  if (active.length > 0) parts.push(`Filtered by ${active.join(' and ')}.`);
  if (ignored.length > 0) parts.push(`Not used from the link: ${ignored.join(', ')}.`);
  return parts.join(' ');
}
