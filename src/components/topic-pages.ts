// The topics of the published issues, and which of them have a page: the topic index, the topic
// pages and an issue's topic list all ask the same question (src/lib/browse/catalogue.ts).
import { publishedIssues, summarise } from '../collections/issues.ts';
import { readTopicNames } from '../collections/topics.ts';
import { topicsWithPages } from '../lib/browse/catalogue.ts';
import { collectTopics } from '../lib/content/topics.ts';

/** Every topic with its count, the issues, and the topics that narrow them enough to have a page. */
export async function topicCatalogue() {
  const issues = (await publishedIssues()).map(summarise);
  const topics = collectTopics(issues, readTopicNames());
  return { issues, topics, withPages: topicsWithPages(topics, issues.length) };
}
