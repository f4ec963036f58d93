import { getCollection, render, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/content/ordering.ts';
import { readingMinutes } from '../lib/content/reading-time.ts';
import { isPublishable } from '../lib/content/strict-date.ts';

/** One issue as the content layer gives it. */
export type Issue = CollectionEntry<'issues'>;

/** The fields every listing needs, flattened so components take plain props. */
export interface IssueSummary {
  number: number;
  title: string;
  subtitle: string | undefined;
  /** The instant of publication: orders and schedules issues. */
  date: Date;
  /** The offset the date was written in (minutes east of UTC): gives the author's day. */
  dateOffset: number;
  description: string;
  topics: string[];
  minutes: number;
}

// Scheduled issues: one dated after the build goes live with the first build on or after its
// date (the deploy workflow rebuilds daily). One clock for the whole build, so pages agree.
const buildTime = new Date();

/**
 * Every issue readers may see, newest first: drafts and future-dated issues only while
 * developing (`npm run dev`).
 */
export async function publishedIssues(): Promise<Issue[]> {
  const all = await getCollection(
    'issues',
    ({ data }) => import.meta.env.DEV || isPublishable(data, buildTime),
  );
  return newestFirst(all.map((entry) => ({ entry, number: entry.data.number, date: entry.data.date }))).map(
    (item) => item.entry,
  );
}

/** The listing fields of an issue. */
export function summarise(issue: Issue): IssueSummary {
  const { number, title, subtitle, date, dateOffset, description, topics } = issue.data;
  return {
    number,
    title,
    subtitle,
    date,
    dateOffset,
    description,
    topics,
    minutes: issueMinutes(issue),
  };
}

// Every listing page summarises the whole collection, and counting words is the costly part:
// each body is counted once per build (the body is compared, so an edit in dev counts again).
const minutesCache = new Map<string, { body: string; minutes: number }>();

function issueMinutes(issue: Issue): number {
  const body = issue.body ?? '';
  const cached = minutesCache.get(issue.id);
  if (cached?.body === body) return cached.minutes;
  const minutes = readingMinutes(body);
  minutesCache.set(issue.id, { body, minutes });
  return minutes;
}

/** The issue's compiled body and headings. */
export async function renderIssue(issue: Issue) {
  return render(issue);
}
