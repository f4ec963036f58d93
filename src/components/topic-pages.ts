// The topics of the published issues, and which of them have a page: the topic index, the topic
// pages and an issue's topic list all ask the same question (src/lib/browse/catalogue.ts).
import { publishedIssues, summarise } from '../collections/issues.ts';
import { readTopicNames } from '../collections/topics.ts';
import { topicsWithPages } from '../lib/browse/catalogue.ts';
import { collectTopics } from '../lib/content/topics.ts';

async function readCatalogue() {
  const issues = (await publishedIssues()).map(summarise);
  const topics = collectTopics(issues, readTopicNames());
  return { issues, topics, withPages: topicsWithPages(topics, issues.length) };
}

// Every issue page lists its topics, so a catalogue read per page made each page cost as much as
// the whole catalogue: a build reads it once. `astro dev` reads it afresh, as content changes.
let built: ReturnType<typeof readCatalogue> | undefined;

/** Every topic with its count, the issues, and the topics that narrow them enough to have a page. */
export function topicCatalogue(): ReturnType<typeof readCatalogue> {
  if (import.meta.env.DEV) return readCatalogue();
  return (built ??= readCatalogue());
}
