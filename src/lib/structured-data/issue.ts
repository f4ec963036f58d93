// Schema.org structured data (JSON-LD) for issue pages: the issue as a PublicationIssue of
// the newsletter (a Periodical), and the breadcrumb trail Home › Issues › Issue #57.
import type { IssueFacts } from '../content/issue-facts.ts';
import { publicationDay } from '../content/publication-date.ts';

/** A JSON-LD object: plain data, serialisable with JSON.stringify. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

/** What the structured data of an issue page is built from. */
export interface IssueStructuredDataInput extends IssueFacts {
  /** Topic names, as keywords. */
  topics: readonly string[];
  /** The canonical, absolute URL of the issue page. */
  url: string;
  /** Absolute URL of the issue's share image. */
  imageUrl: string;
  /** The content language, e.g. "en". */
  language: string;
  /** The newsletter. */
  newsletter: {
    name: string;
    description: string;
    /** Absolute URL of the home page. */
    url: string;
    /** Absolute URL of the archive of all issues. */
    issuesUrl: string;
  };
  /** Who writes it; an Organization when the name is the newsletter's, else a Person. */
  author: { name: string; url: string };
}

/**
 * The JSON-LD of an issue page: one `@graph` with the PublicationIssue (number, dates, name,
 * description, URL, image, author, publisher, the Periodical it is part of) and a BreadcrumbList.
 */
export function issueStructuredData(input: IssueStructuredDataInput): JsonLd {
  const { newsletter } = input;
  const periodicalId = `${newsletter.url}#newsletter`;
  const publisher: JsonLd = { '@type': 'Organization', name: newsletter.name, url: newsletter.url };
  const author: JsonLd = {
    '@type': input.author.name === newsletter.name ? 'Organization' : 'Person',
    name: input.author.name,
    url: input.author.url,
  };
  const issue: JsonLd = {
    '@type': 'PublicationIssue',
    '@id': `${input.url}#issue`,
    issueNumber: String(input.number),
    name: input.title,
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    // schema.org takes a calendar day (YYYY-MM-DD): the author's, not UTC's.
    datePublished: publicationDay(input.date, input.dateOffset),
    ...(input.updated ? { dateModified: publicationDay(input.updated, input.updatedOffset ?? 0) } : {}),
    image: input.imageUrl,
    inLanguage: input.language,
    ...(input.topics.length > 0 ? { keywords: input.topics.join(', ') } : {}),
    author,
    publisher,
    isPartOf: {
      '@type': 'Periodical',
      '@id': periodicalId,
      name: newsletter.name,
      description: newsletter.description,
      url: newsletter.url,
      publisher,
    },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      issue,
      breadcrumbs([
        { name: 'Home', url: newsletter.url },
        { name: 'Issues', url: newsletter.issuesUrl },
        { name: `Issue #${input.number}`, url: input.url },
      ]),
    ],
  };
}

/** A BreadcrumbList from the trail's pages, first (home) to last (this page). */
export function breadcrumbs(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` escaped as
 * \u003c, \u003e, \u0026 (so no text can close the script), and U+2028/2029 too.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
