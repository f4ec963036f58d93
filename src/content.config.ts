import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { issueSchema } from './schemas/issue.ts';
import { duplicateNumbersMessage } from './lib/content/duplicates.ts';
import { frontmatterErrorMessage } from './lib/content/frontmatter-errors.ts';
import { activeContentReport, findActiveContent, isStrictContent } from './lib/content/active-content.ts';
import { topicSpellingProblems } from './lib/content/topics.ts';
import { readTopicNames } from './collections/topics.ts';
import { frontmatterDateProblems, withWrittenDates } from './lib/content/strict-date.ts';
import { imagesWithoutAlt, missingAltMessage } from './lib/content/image-alt.ts';
import { collectIssueTips, tipRulesFingerprint, tipsInFrontmatterMessage } from './lib/tips/collect.ts';

// ISSUES_DIR points the collection at another folder: the build-failure tests and the
// benchmarks use it to build fixture content without touching the author's issues.
const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/**
 * The schema's check, with messages in plain words that name the file (see frontmatter-errors.ts),
 * and the issue's tips collected from its `<Tip>` tags into `data.tips`. The glob loader calls
 * this only for a new or changed file (an unchanged one keeps its stored entry by digest), so
 * each file's tips are parsed once, and a malformed tip stops the sync naming file, tip and field.
 */
function plainParseData(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    const file = props.filePath ?? props.id;
    if ('tips' in props.data) throw new Error(tipsInFrontmatterMessage(file));
    const text = props.filePath ? await readFile(props.filePath, 'utf8') : undefined;
    // The schema gets each date as written: YAML's Date would drop the author's offset.
    const written = text === undefined ? props.data : withWrittenDates(props.data, text);
    const result = issueSchema.safeParse(written);
    if (!result.success) throw new Error(frontmatterErrorMessage(file, result.error.issues, written));
    // The frontmatter first: an author fixes the fields, then the tips.
    const tips = text === undefined ? [] : collectIssueTips(text, file);
    return context.parseData({ ...props, data: { ...written, tips } });
  };
}

/** Scripts, iframes, `on…` handlers and `javascript:` links in issues' source: a warning in a build that is not strict. */
async function checkActiveContent(context: LoaderContext, files: readonly string[]): Promise<void> {
  // A strict build judges the rendered pages, feeds and emails instead (integrations/strict-content.ts):
  // source lines miss entities and JSX, and flag words that only name markup.
  if (isStrictContent(process.argv, process.env)) return;
  const lines = (
    await Promise.all(
      files.map(async (file) => activeContentReport(file, findActiveContent(await readFile(file, 'utf8')))),
    )
  ).flat();
  if (lines.length === 0) return;
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
      // Unchanged files keep their stored entries, tips included: when the tip rules change,
      // every issue is read again so none keeps tips collected by the old ones.
      const tipRules = context.generateDigest(tipRulesFingerprint());
      if (context.meta.get('tip-rules') !== tipRules) {
        context.store.clear();
        context.meta.set('tip-rules', tipRules);
      }
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
