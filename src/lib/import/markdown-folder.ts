// A folder of Markdown files with YAML frontmatter, as Hugo, Jekyll, Eleventy or another
// Astro site keep them. Field names vary by generator, so each is looked up under its
// common names. MDX import and export lines are dropped: they point into the old site.
import { parse } from 'yaml';
import { normaliseDate } from './dates.ts';
import { messageOf, readText, type ParsedSource, type SourceFiles } from './model.ts';

type Row = Record<string, unknown>;

/** The first of these fields that has a value. */
function pick(data: Row, ...names: string[]): unknown {
  for (const name of names)
    if (data[name] !== undefined && data[name] !== null && data[name] !== '') return data[name];
  return undefined;
}

const str = (value: unknown): string | undefined =>
  value instanceof Date
    ? value.toISOString()
    : value === undefined
      ? undefined
      : String(value).trim() || undefined;

/** Whether an export is a folder of Markdown files. */
export function isMarkdownFolder(files: SourceFiles): boolean {
  return files.paths.some((p) => /\.mdx?$/i.test(p) && !/(^|\/)readme\.md$/i.test(p));
}

/** A file's frontmatter and body. */
export function splitFrontmatter(text: string): { data: Row; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = parse(match[1] as string) as unknown;
  if (data !== null && typeof data !== 'object') throw new Error('The frontmatter is not a list of fields.');
  return { data: (data ?? {}) as Row, body: text.slice(match[0].length) };
}

/** Every Markdown file of the folder. */
export function parseMarkdownFolder(files: SourceFiles): ParsedSource {
  const result: ParsedSource = { kind: 'markdown', posts: [], failures: [] };
  for (const path of files.paths.filter((p) => /\.mdx?$/i.test(p) && !/(^|\/)readme\.md$/i.test(p))) {
    let data: Row;
    let body: string;
    try {
      ({ data, body } = splitFrontmatter(readText(files, path) ?? ''));
    } catch (error) {
      result.failures.push({
        position: path,
        message: `Its frontmatter is not valid YAML: ${messageOf(error)}`,
      });
      continue;
    }
    const title = str(pick(data, 'title', 'subject'));
    if (!title) {
      result.failures.push({ position: path, message: 'The file has no "title" in its frontmatter.' });
      continue;
    }
    const tags = pick(data, 'tags', 'categories', 'topics', 'keywords');
    const aliases = pick(data, 'aliases', 'redirect_from');
    const number = Number(pick(data, 'number', 'issue'));
    const published = pick(data, 'published');
    result.posts.push({
      kind: 'markdown',
      id: path,
      position: path,
      title,
      subtitle: str(pick(data, 'subtitle')),
      date: normaliseDate(str(pick(data, 'date', 'pubDate', 'publishDate', 'published_at'))),
      description: str(pick(data, 'description', 'summary', 'excerpt')),
      tags: (Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [])
        .map((t) => String(t).trim())
        .filter(Boolean),
      draft: pick(data, 'draft') === true || published === false,
      url: str(pick(data, 'url', 'permalink')) ?? (Array.isArray(aliases) ? str(aliases[0]) : str(aliases)),
      number: Number.isInteger(number) && number > 0 ? number : undefined,
      body: { markdown: body.replace(/^(?:import|export)\s[^\n]*\n/gm, '').replace(/^\s+/, '') },
      folder: path.includes('/') ? path.replace(/\/[^/]*$/, '') : '',
    });
  }
  return result;
}
