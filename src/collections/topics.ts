// The author's topic list (content/topics.yaml): one display name per topic slug, read once per
// build. Issues name topics however they like; pages show the list's name for each slug.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseTopicNames, topicNameIn, topicSlug, type TopicNames } from '../lib/content/topics.ts';

const cache = new Map<string, TopicNames>();

/** The topic list beside the issues folder (`content/topics.yaml`); empty when there is none. */
export function readTopicNames(issuesDir = process.env['ISSUES_DIR'] ?? './content/issues'): TopicNames {
  const file = join(issuesDir, '..', 'topics.yaml');
  const cached = cache.get(file);
  if (cached) return cached;
  let names: TopicNames = new Map();
  if (existsSync(file)) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(
        `${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    names = parseTopicNames(data, file);
  }
  cache.set(file, names);
  return names;
}

/** The name readers see for a topic, given its slug or any spelling of it ("negotiation" → "Negotiation"). */
export function topicName(slugOrSpelling: string): string {
  return topicNameIn(readTopicNames(), topicSlug(slugOrSpelling), slugOrSpelling);
}
