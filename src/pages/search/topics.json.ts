// Each topic's display name by slug, for the search filter (its values are slugs, see TopicList).
import type { APIRoute } from 'astro';
import { publishedIssues, summarise } from '../../collections/issues.ts';
import { readTopicNames } from '../../collections/topics.ts';
import { collectTopics } from '../../lib/content/topics.ts';

export const GET: APIRoute = async () => {
  const topics = collectTopics((await publishedIssues()).map(summarise), readTopicNames());
  const names = Object.fromEntries(topics.map((topic) => [topic.slug, topic.name]));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
