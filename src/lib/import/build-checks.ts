// The checks the build makes on an issue file, made on the file an import is about to write:
// a post the build would stop on is reported by name and line, and never written.
import { frontmatterErrorMessage } from '../content/frontmatter-errors.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { frontmatterDateProblems } from '../content/strict-date.ts';
import { collectIssueTips } from '../tips/collect.ts';
import { issueSchema } from '../../schemas/issue.ts';

/** Why the build would refuse this issue file (`file` as the author sees it), or undefined. */
export function buildProblem(text: string, file: string): string | undefined {
  const { data, error } = readFrontmatter(text);
  if (!data) return `${file}: ${error}`;
  const dates = frontmatterDateProblems(text, file);
  if (dates.length > 0) return dates.join('\n');
  const result = issueSchema.safeParse(data);
  if (!result.success) return frontmatterErrorMessage(file, result.error.issues, data);
  try {
    collectIssueTips(text, file);
  } catch (problem) {
    return problem instanceof Error ? problem.message : String(problem);
  }
  return undefined;
}
