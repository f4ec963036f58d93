import { readFile } from 'node:fs/promises';
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
import { readTopicNames } from './collections/topics.ts';
import { frontmatterDateProblems, withWrittenDates } from './lib/content/strict-date.ts';
import { imagesWithoutAlt, missingAltMessage } from './lib/content/image-alt.ts';

// ISSUES_DIR points the collection at another folder: the build-failure tests and the
// benchmarks use it to build fixture content without touching the author's issues.
const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/** The schema's check, with messages in plain words that name the file (see frontmatter-errors.ts). */
function plainParseData(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    // The schema gets each date as written: YAML's Date would drop the author's offset.
    const data = props.filePath
      ? withWrittenDates(props.data, await readFile(props.filePath, 'utf8'))
      : props.data;
    const result = issueSchema.safeParse(data);
    if (!result.success) {
      const file = props.filePath ?? props.id;
      throw new Error(frontmatterErrorMessage(file, result.error.issues, data));
    }
    return context.parseData({ ...props, data });
  };
}

/** Scripts, iframes, `on…` handlers and `javascript:` links in issues: warned about, or refused when strict. */
async function checkActiveContent(context: LoaderContext, files: readonly string[]): Promise<void> {
  const lines = (
    await Promise.all(
      files.map(async (file) => activeContentReport(file, findActiveContent(await readFile(file, 'utf8')))),
    )
  ).flat();
  if (lines.length === 0) return;
  if (isStrictContent(process.argv, process.env)) throw new Error(activeContentError(lines));
  for (const line of lines) context.logger.warn(`${line} (feeds and emails drop it; --strict refuses it)`);
}

/**
 * The glob loader, plus the checks a per-entry schema cannot make: unique numbers, one spelling
 * per topic, alt text on every image, dates as written (YAML has already rolled `2026-02-30` over
 * to 2 March by the time the schema runs), and no active markup.
 * Issues are MDX, or Markdown as `npm run import` writes them.
 */
function issuesLoader(): Loader {
  // Markdown too: an issue without a widget need not be MDX, and the content layer keeps
  // rendered Markdown between builds while every MDX file is compiled again.
  const inner = glob({ pattern: '**/*.{md,mdx}', base: issuesDir });
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
      const altProblems = context.store
        .values()
        .map((entry) => ({ file: entry.filePath ?? entry.id, urls: imagesWithoutAlt(entry.body ?? '') }))
        .filter(({ urls }) => urls.length > 0)
        .map(({ file, urls }) => missingAltMessage(file, urls));
      if (altProblems.length > 0) throw new Error(altProblems.join('\n'));
      const dateProblems = (
        await Promise.all(
          entries.map(async ({ filePath }) =>
            frontmatterDateProblems(await readFile(filePath, 'utf8'), filePath),
          ),
        )
      ).flat();
      if (dateProblems.length > 0) throw new Error(['Dates that do not exist:', ...dateProblems].join('\n'));
      await checkActiveContent(
        context,
        entries.map((entry) => entry.filePath),
      );
    },
  };
}

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
};
