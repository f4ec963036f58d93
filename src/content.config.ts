import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { issueSchema } from './schemas/issue.ts';
import { duplicateNumbersMessage } from './lib/content/duplicates.ts';
import { frontmatterDateProblems, withWrittenDates } from './lib/content/strict-date.ts';
import { imagesWithoutAlt, missingAltMessage } from './lib/content/image-alt.ts';

// ISSUES_DIR points the collection at another folder: the build-failure tests and the
// benchmarks use it to build fixture content without touching the author's issues.
const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/**
 * The glob loader, plus the checks a per-entry schema cannot make: unique numbers, alt text on
 * every image, and dates
 * as written (YAML has already rolled `2026-02-30` over to 2 March by the time the schema runs).
 * Issues are MDX, or Markdown as `npm run import` writes them.
 */
function issuesLoader(): Loader {
  const inner = glob({ pattern: '**/*.{md,mdx}', base: issuesDir });
  return {
    ...inner,
    name: 'issues-loader',
    async load(context) {
      // The schema gets each date as written: YAML's Date would drop the author's offset.
      await inner.load({
        ...context,
        parseData: async (props) =>
          context.parseData(
            props.filePath
              ? { ...props, data: withWrittenDates(props.data, await readFile(props.filePath, 'utf8')) }
              : props,
          ),
      });
      const files = context.store.values().map((entry) => ({
        number: Number(entry.data['number']),
        filePath: entry.filePath ?? entry.id,
      }));
      const message = duplicateNumbersMessage(files);
      if (message) throw new Error(message);
      const altProblems = context.store
        .values()
        .map((entry) => ({ file: entry.filePath ?? entry.id, urls: imagesWithoutAlt(entry.body ?? '') }))
        .filter(({ urls }) => urls.length > 0)
        .map(({ file, urls }) => missingAltMessage(file, urls));
      if (altProblems.length > 0) throw new Error(altProblems.join('\n'));
      const dateProblems = (
        await Promise.all(
          files.map(async ({ filePath }) =>
            frontmatterDateProblems(await readFile(filePath, 'utf8'), filePath),
          ),
        )
      ).flat();
      if (dateProblems.length > 0) throw new Error(['Dates that do not exist:', ...dateProblems].join('\n'));
    },
  };
}

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
};
