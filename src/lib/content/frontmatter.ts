// The one way scripts read an issue's frontmatter (npm run email, npm run new-issue): the same
// block the content collection reads, with a byte-order mark and Windows line endings allowed,
// as the site's build allows them.
import { parse as parseYaml } from 'yaml';

/** An issue file's frontmatter as data, and its body; data is null when there is no frontmatter block. */
export type FrontmatterResult = { data: Record<string, unknown> | null; body: string; error: string | null };

/** The text as the loader sees it: no byte-order mark, "\n" line endings. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Splits `---` frontmatter from the body and parses it as YAML; never throws (error says what went wrong). */
export function readFrontmatter(text: string): FrontmatterResult {
  const source = normaliseSource(text);
  const match = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { data: null, body: source, error: 'The file has no frontmatter block between --- lines.' };
  const body = source.slice(match[0].length);
  try {
    const parsed: unknown = parseYaml(match[1] ?? '');
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { data: null, body, error: 'The frontmatter is not a list of fields.' };
    }
    return { data: parsed as Record<string, unknown>, body, error: null };
  } catch (error) {
    return { data: null, body, error: `The frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
}
