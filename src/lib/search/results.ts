import { displayDate } from '../content/dates.ts';
import { splitExcerpt, type ExcerptPart } from './excerpt.ts';

/** The part of a Pagefind result's data that the UI shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** A search result ready to render: text only, no HTML. */
export interface ResultView {
  url: string;
  title: string;
  label: string;
  excerpt: ExcerptPart[];
  subResults: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/** The most sub-results shown under one result; more would bury the next result. */
export const MAX_SUB_RESULTS = 3;

const withoutHash = (url: string) => url.split('#')[0] ?? url;

/** Turns Pagefind's data for one page into what the result list shows. */
export function toResultView(data: ResultData): ResultView {
  const number = data.meta['number'];
  const date = data.meta['date'];
  const kind = data.filters?.['kind']?.[0];
  const parsedDate = date ? new Date(`${date}T00:00:00Z`) : undefined;
  const labelParts = [
    number ? `Issue #${number}` : kind === 'tip' ? 'Tips' : kind === 'tool' ? 'Tool' : '',
    parsedDate && !Number.isNaN(parsedDate.getTime()) ? displayDate(parsedDate) : '',
  ].filter(Boolean);
  const page = withoutHash(data.url);
  return {
    url: data.url,
    title: data.meta['title'] ?? page,
    label: labelParts.join(' · '),
    excerpt: splitExcerpt(data.excerpt),
    subResults: (data.sub_results ?? [])
      .filter((sub) => sub.url.includes('#') && withoutHash(sub.url) === page)
      .slice(0, MAX_SUB_RESULTS)
      .map((sub) => ({ title: sub.title, url: sub.url, excerpt: splitExcerpt(sub.excerpt) })),
  };
}

/** What screen readers hear after a search. */
export function resultCountMessage(count: number, query: string): string {
  if (!query) return '';
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}
