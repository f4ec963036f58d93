import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { issueSchema } from './schemas/issue.ts';
import { duplicateNumbersMessage } from './lib/content/duplicates.ts';
import { frontmatterErrorMessage } from './lib/content/frontmatter-errors.ts';
import {
  activeContentError,
  activeContentReport,
  findActiveContent,
  isStrictContent,
} from './lib/content/active-content.ts';
import { topicSpellingProblems } from './lib/content/topics.ts';
import { readTopicNames } from './data/topics.ts';

// ISSUES_DIR points the collection at another folder: the build-failure tests and the
// benchmarks use it to build fixture content without touching the author's issues.
const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/** The schema's check, with messages in plain words that name the file (see frontmatter-errors.ts). */
function plainParseData(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    const result = issueSchema.safeParse(props.data);
    if (!result.success) {
      const file = props.filePath ?? props.id;
      throw new Error(frontmatterErrorMessage(file, result.error.issues, props.data));
    }
    return context.parseData(props);
  };
}

/** Scripts, iframes, `on…` handlers and `javascript:` links in issues: warned about, or refused when strict. */
function checkActiveContent(context: LoaderContext, files: readonly string[]): void {
  const lines = files.flatMap((file) =>
    activeContentReport(file, findActiveContent(readFileSync(file, 'utf8'))),
  );
  if (lines.length === 0) return;
  if (isStrictContent(process.argv, process.env)) throw new Error(activeContentError(lines));
  for (const line of lines) context.logger.warn(`${line} (feeds and emails drop it; --strict refuses it)`);
}

/** The glob loader, plus the checks a per-entry schema cannot make: unique numbers, one spelling per topic, no active markup. */
function issuesLoader(): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: issuesDir });
  return {
    ...inner,
    name: 'issues-loader',
    async load(context) {
      await inner.load({ ...context, parseData: plainParseData(context) });
      const entries = context.store.values().map((entry) => ({
        number: Number(entry.data['number']),
        filePath: entry.filePath ?? entry.id,
        topics: Array.isArray(entry.data['topics']) ? entry.data['topics'].map(String) : [],
      }));
      const message = duplicateNumbersMessage(entries);
      if (message) throw new Error(message);
      const topics = topicSpellingProblems(entries, readTopicNames(issuesDir));
      if (topics.length > 0) throw new Error(topics.join('\n'));
      checkActiveContent(
        context,
        entries.map((entry) => entry.filePath),
      );
    },
  };
}

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
};
