// A Buttondown export: `emails.csv` (or `emails.json`) with each email's metadata, and its
// body in the row or in `emails/<slug>.md` (Markdown, which may hold HTML). Buttondown keeps
// an issue number of its own (`secondary_id`), used when the subject has none.
import { normaliseDate } from './dates.ts';
import { readText, type ParsedSource, type SourceFiles } from './model.ts';
import { csvRows } from './substack.ts';

type Row = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim();

/** Tags as a list, whether the export wrote a JSON array, a list or "a, b". */
function tagList(value: unknown): string[] {
  if (Array.isArray(value))
    return value
      .map((v) => str(typeof v === 'object' && v ? (v as Row)['name'] : v))
      .filter((v): v is string => !!v);
  const text = str(value);
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      return tagList(JSON.parse(text));
    } catch {
      // Not JSON after all: read it as a comma-separated list below.
    }
  }
  return text
    .split(/[,;|]/)
    .map((t) => t.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);
}

/** Whether this export looks like Buttondown's. */
export function isButtondown(files: SourceFiles): boolean {
  return files.paths.some((p) => p === 'emails.csv' || p === 'emails.json');
}

/** The emails of `emails.json`: a JSON list; throws saying what it holds instead. */
function jsonRows(json: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(
      `emails.json is not JSON (${error instanceof Error ? error.message : String(error)}). Export it again from Buttondown.`,
      { cause: error },
    );
  }
  if (Array.isArray(data)) return data;
  const shape =
    data === null
      ? 'null'
      : typeof data === 'object'
        ? `an object (keys: ${Object.keys(data).slice(0, 5).join(', ') || 'none'})`
        : `a ${typeof data}`;
  throw new Error(
    `emails.json holds ${shape}; the import reads a list of emails, [{"subject": …, "body": …}, …]. Export it again from Buttondown.`,
  );
}

/** Every email of a Buttondown export. */
export function parseButtondown(files: SourceFiles): ParsedSource {
  const json = readText(files, 'emails.json');
  const csv = readText(files, 'emails.csv');
  const rows: unknown[] = json !== undefined ? jsonRows(json) : csv !== undefined ? csvRows(csv) : [];
  const listName = json !== undefined ? 'emails.json' : 'emails.csv';
  const result: ParsedSource = { kind: 'buttondown', posts: [], failures: [] };
  rows.forEach((item, index) => {
    const position = json !== undefined ? `${listName} email ${index + 1}` : `${listName} row ${index + 2}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.failures.push({
        position,
        message: `The email is ${JSON.stringify(item)?.slice(0, 40)}, not an object with a subject and a body.`,
      });
      return;
    }
    const row = item as Row;
    const title = str(row['subject']) ?? str(row['title']);
    const slug = str(row['slug']);
    const id = str(row['id']) ?? slug;
    if (!title || !id) {
      result.failures.push({ position, title, message: 'The email has no subject or no id.' });
      return;
    }
    const candidates = [slug, id]
      .filter(Boolean)
      .flatMap((name) => [`emails/${name}.md`, `emails/${name}.html`]);
    const file = candidates.find((path) => files.read(path) !== undefined);
    const body = str(row['body']) ?? (file ? readText(files, file) : undefined);
    if (body === undefined) {
      result.failures.push({
        position,
        title,
        message: `No body: neither a "body" column nor ${candidates[0]}.`,
      });
      return;
    }
    const status = (str(row['status']) ?? 'sent').toLowerCase();
    const number = Number(str(row['secondary_id']));
    result.posts.push({
      kind: 'buttondown',
      id,
      position,
      title,
      date: normaliseDate(str(row['publish_date']) ?? str(row['creation_date'])),
      description: str(row['description']),
      tags: tagList(row['tags']),
      draft: !['sent', 'imported', 'managed_by_rss'].includes(status),
      url: slug ? `/archive/${slug}/` : undefined,
      number: Number.isInteger(number) && number > 0 ? number : undefined,
      body: file?.endsWith('.html') ? { html: body } : { markdown: body },
      folder: 'emails',
    });
  });
  return result;
}
