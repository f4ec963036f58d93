import { useEffect, useRef, useState } from 'preact/hooks';
import { formatSearchQuery, parseSearchQuery, type SearchQuery } from '../../lib/search/query.ts';
import { resultCountMessage, toResultView, type ResultView } from '../../lib/search/results.ts';
import { describeFilters, filterSentence, type TopicOption } from '../../lib/search/filters.ts';
import { FIRST_SCREEN, morePages, nearEnd, RESULTS_PAGE } from '../../lib/search/paging.ts';
import { joinBase } from '../../lib/paths/base.ts';
import { SEARCH_PATH } from '../../lib/paths/search-paths.ts';
import { useAnnouncer } from '../shared/use-announcer.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { ResultList } from './ResultList.tsx';
import { topicOptions } from './topic-options.ts';
import { useNear } from './use-near.ts';

interface Props {
  /** On the /search/ page the query lives in the URL; in the dialog it does not. */
  mode: 'page' | 'dialog';
  /** Called when the reader follows a result, so the dialog can close. */
  onOpen?: () => void;
}

/**
 * How long typing must pause before a search runs. Pagefind answers in about 15 ms at 1,000
 * issues and preloads each keystroke's words while it waits, so a short pause is enough to
 * drop the searches typing makes stale; the screen-reader count waits for typing to settle
 * on its own (useAnnouncer).
 */
const SEARCH_PAUSE_MS = 30;
const KIND_LABELS = { issue: 'Issues', tip: 'Tips', tool: 'Tools' } as const;

type Found = { total: number; results: ResultView[]; query: string };

/** The search form, filters and results, over Pagefind's index. */
export function SearchPanel({ mode, onOpen }: Props) {
  // Starts empty, as the server rendered it; the URL's query is read once hydrated.
  const [query, setQuery] = useState<SearchQuery>({ q: '', topic: '', kind: '' });
  const [ready, setReady] = useState(false);
  const [pagefind, setPagefind] = useState<Pagefind>();
  // Null until the site's list of topics arrives; then each with the name readers see.
  const [topics, setTopics] = useState<TopicOption[] | null>(null);
  // The URL's query as the page opened with it, so filters it carried that search ignores are shown too.
  const [opened, setOpened] = useState('');
  const [error, setError] = useState('');
  const [found, setFound] = useState<Found>({ total: 0, results: [], query: '' });
  // A first screen of results, more as the reader nears them (src/lib/search/paging.ts).
  const [shown, setShown] = useState(FIRST_SCREEN);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const toPageEnd = () => setShown(nearEnd);
  useNear(end, toPageEnd, shown < RESULTS_PAGE && found.total > shown);
  const [announcer, announce] = useAnnouncer();
  const focusAfter = useFocusAfter();

  const load = () => {
    loadPagefind()
      .then((loaded) => {
        setError('');
        setPagefind(loaded);
      })
      .catch((reason: Error) => setError(reason.message));
    // Beside Pagefind, not after it: the list is small and the select need not wait.
    if (!topics) topicOptions(loadPagefind).then(setTopics, () => {});
  };

  useEffect(() => {
    if (mode === 'page') {
      setQuery(parseSearchQuery(location.search));
      setOpened(location.search);
    }
    setReady(true);
    load();
    // In the dialog the reader asked for search; on the page, only take focus nobody holds.
    if (mode === 'dialog' || document.activeElement === document.body) input.current?.focus();
  }, []);

  useEffect(() => {
    if (mode !== 'page' || !ready) return;
    const url = `${location.pathname}${formatSearchQuery(query)}${location.hash}`;
    history.replaceState(history.state, '', url);
  }, [mode, ready, query]);

  useEffect(() => {
    if (!pagefind) return;
    if (!query.q) {
      setFound({ total: 0, results: [], query: '' });
      return;
    }
    let current = true;
    const filters: Record<string, string> = {};
    if (query.topic) filters['topic'] = query.topic;
    if (query.kind) filters['kind'] = query.kind;
    pagefind
      .debouncedSearch(query.q, { filters }, SEARCH_PAUSE_MS)
      .then(async (search) => {
        if (!search || !current) return;
        const data = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        if (current)
          setFound({ total: search.results.length, results: data.map(toResultView), query: query.q });
      })
      .catch(() => current && setError('Search failed. Try again.'));
    return () => {
      current = false;
    };
  }, [pagefind, query, shown]);

  const filters = describeFilters(query, opened, topics);
  const filtering = filterSentence(filters);
  const count = resultCountMessage(found.total, found.query);
  const spoken = count && filtering ? `${count} ${filtering}` : count;
  // Read once typing settles, so a screen reader hears the final count, not every one on the way.
  useEffect(() => announce(spoken, 600), [spoken]);
  const update = (patch: Partial<SearchQuery>) => {
    // A failed load is retried on the reader's next change, so "try again" means something.
    if (!pagefind) load();
    setShown(FIRST_SCREEN);
    // The reader's own change rewrites the URL, so whatever else the link carried is gone.
    setOpened('');
    setQuery({ ...query, ...patch });
  };
  const showMore = () => {
    // Focus moves to the first newly shown result, so it is not lost with the button.
    const from = found.results.length;
    focusAfter(() => list.current?.querySelectorAll<HTMLAnchorElement>('.search-result-title')[from]);
    setShown(morePages(shown));
  };
  const toFirstResult = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.current?.querySelector<HTMLAnchorElement>('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };
  const id = mode === 'page' ? 'search-page' : 'search-dialog';

  return (
    <div class="search-panel">
      <form
        role="search"
        class="search-form"
        action={joinBase(import.meta.env.BASE_URL, SEARCH_PATH)}
        onSubmit={(event) => event.preventDefault()}
      >
        <label for={`${id}-input`}>Search issues and tips</label>
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="search"
          value={query.q}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => update({ q: event.currentTarget.value.slice(0, 200) })}
          onKeyDown={toFirstResult}
        />
        <div class="search-filters">
          <label>
            Topic
            <select
              name="topic"
              value={query.topic}
              onChange={(event) => update({ topic: event.currentTarget.value })}
            >
              <option value="">All topics</option>
              {(topics ?? []).map((topic) => (
                <option value={topic.slug}>{topic.name}</option>
              ))}
              {/* A topic from the URL that the index lacks still shows, so the select never looks unset while it filters. */}
              {query.topic && !topics?.some((topic) => topic.slug === query.topic) && (
                <option value={query.topic}>
                  {filters[0]?.known === false ? `${query.topic} (unknown)` : query.topic}
                </option>
              )}
            </select>
          </label>
          <label>
            Kind
            <select
              name="kind"
              value={query.kind}
              onChange={(event) => update({ kind: event.currentTarget.value as SearchQuery['kind'] })}
            >
              <option value="">Everything</option>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option value={value}>{label}</option>
              ))}
            </select>
          </label>
        </div>
      </form>
      {error && (
        <p class="search-error" role="alert">
          {error}
        </p>
      )}
      <p class="search-count" aria-hidden="true">
        {count}
      </p>
      {filtering && (
        <p class="search-filtering">
          {filtering}{' '}
          <button type="button" class="button secondary" onClick={() => update({ topic: '', kind: '' })}>
            Clear filters
          </button>
        </p>
      )}
      {announcer}
      {/* Focus inside the list means a keyboard reader is on the way down: the page's rest loads. */}
      <div ref={list} onFocusIn={toPageEnd}>
        <ResultList results={found.results} {...(onOpen ? { onOpen } : {})} />
      </div>
      <div ref={end} />
      {found.total > found.results.length && (
        <button type="button" class="button secondary" onClick={showMore}>
          Show more results
        </button>
      )}
    </div>
  );
}
