import { joinBase } from '../../lib/paths/base.ts';
import { PAGEFIND_SCRIPT_PATH } from '../../lib/paths/search-paths.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/query.ts';
import type { ResultData } from '../../lib/search/results.ts';

/** The slice of Pagefind's browser API that the search UI uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, string> },
    ms: number,
  ): Promise<{ results: { id: string; data: () => Promise<ResultData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind's own script from the built index, once. In `npm run dev` the index is the
 * last build's, served by our integration; without one the promise rejects with what to do.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const url = joinBase(base, PAGEFIND_SCRIPT_PATH);
    let pagefind: Pagefind;
    try {
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    } catch {
      loading = undefined;
      throw new Error(
        import.meta.env.DEV
          ? 'The search index is not built yet. Run `npm run build` once; `npm run dev` then searches the last build.'
          : 'Search could not load. Check your connection and try again.',
      );
    }
    await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
