import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { issueSchema } from './schemas/issue.ts';
import { duplicateNumbersMessage } from './lib/content/duplicates.ts';

// ISSUES_DIR points the collection at another folder: the build-failure tests and the
// benchmarks use it to build fixture content without touching the author's issues.
const issuesDir = process.env['ISSUES_DIR'] ?? './content/issues';

/** The glob loader, plus the one check a per-entry schema cannot make: unique numbers. */
function issuesLoader(): Loader {
  // Markdown too: an issue without a widget need not be MDX, and the content layer keeps
  // rendered Markdown between builds while every MDX file is compiled again.
  const inner = glob({ pattern: '**/*.{md,mdx}', base: issuesDir });
  return {
    ...inner,
    name: 'issues-loader',
    async load(context) {
      await inner.load(context);
      const files = context.store.values().map((entry) => ({
        number: Number(entry.data['number']),
        filePath: entry.filePath ?? entry.id,
      }));
      const message = duplicateNumbersMessage(files);
      if (message) throw new Error(message);
    },
  };
}

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
};
