import { displayDate } from '../content/dates.ts';
import { splitExcerpt, type ExcerptPart } from './excerpt.ts';
import { curlyQuotes, readableExcerpt } from './readable.ts';

/** The part of a Pagefind result's data that the UI shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
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
/** An excerpt's opening words: two excerpts that open alike say the same thing to a reader. */
const opening = (parts: ExcerptPart[]) =>
  parts
    .map((part) => part.text)
    .join('')
    .replace(/^…/, '')
    .slice(0, 32);

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
  const title = curlyQuotes(data.meta['title'] ?? page);
  // A sub-result earns its line with a heading of its own: not the page's title again, not a
  // heading already listed, nor an excerpt that opens like one already shown, and no more than MAX_SUB_RESULTS.
  const excerpt = readableExcerpt(splitExcerpt(data.excerpt), data.content);
  const seen = new Set([title, opening(excerpt)]);
  const subResults: ResultView['subResults'] = [];
  for (const sub of data.sub_results ?? []) {
    if (subResults.length === MAX_SUB_RESULTS) break;
    if (!sub.url.includes('#') || withoutHash(sub.url) !== page) continue;
    const view = {
      title: curlyQuotes(sub.title),
      url: sub.url,
      excerpt: readableExcerpt(splitExcerpt(sub.excerpt), data.content),
    };
    const text = opening(view.excerpt);
    if (seen.has(view.title) || (text && seen.has(text))) continue;
    seen.add(view.title).add(text);
    subResults.push(view);
  }
  return { url: data.url, title, label: labelParts.join(' · '), excerpt, subResults };
}

/** What screen readers hear after a search. */
export function resultCountMessage(count: number, query: string): string {
  if (!query) return '';
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}
