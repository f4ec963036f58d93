// Every issue file as the scripts see it, read the way the content collection reads it: the same
// frontmatter reader (a byte-order mark and CRLF allowed) and the same schema.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { issueSchema } from '../src/schemas/issue.ts';

/** The issues folder: ISSUES_DIR, as the content collection uses it, else content/issues. */
export const issuesDir = () => process.env.ISSUES_DIR ?? 'content/issues';

/**
 * Each `.md` or `.mdx` file under the issues folder (subfolders too, as the loader globs them), with its
 * frontmatter as written (`data`) and checked by the issue schema: `issue` when it is valid, else
 * `error` saying why.
 */
export async function readIssueFiles(dir = issuesDir()) {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.mdx?$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const { data, error } = readFrontmatter(await readFile(file, 'utf8'));
      if (!data) return { file, data: null, issue: null, error };
      const parsed = issueSchema.safeParse(data);
      return parsed.success
        ? { file, data, issue: parsed.data, error: null }
        : { file, data, issue: null, error: parsed.error.issues.map((issue) => issue.message).join('; ') };
    }),
  );
}
