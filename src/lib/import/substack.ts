// A Substack export: `posts.csv` (one row a post) and `posts/<post_id>.html` bodies, where
// post_id is "<number>.<slug>". Unpublished rows are drafts; podcasts and threads have no
// body and are skipped by the reader, not reported.
import { parse } from 'csv-parse/sync';
import { normaliseDate } from './dates.ts';
import { readText, type ParsedSource, type SourceFiles } from './model.ts';

type Row = Record<string, string>;

/** Rows of a CSV file with a header line. */
export function csvRows(text: string): Row[] {
  return parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as Row[];
}

/** Every post of a Substack export. */
export function parseSubstack(files: SourceFiles, site?: string): ParsedSource {
  const csv = readText(files, 'posts.csv');
  if (csv === undefined) throw new Error('A Substack export has posts.csv at its top level.');
  const result: ParsedSource = { kind: 'substack', posts: [], failures: [] };
  csvRows(csv).forEach((row, index) => {
    const position = `posts.csv row ${index + 2}`;
    const id = row['post_id']?.trim();
    const title = row['title']?.trim();
    if (!id) {
      result.failures.push({ position, title, message: 'The row has no post_id.' });
      return;
    }
    const html = readText(files, `posts/${id}.html`);
    if (html === undefined) {
      result.failures.push({ position, title, message: `posts/${id}.html is missing from the export.` });
      return;
    }
    if (!title) {
      result.failures.push({ position, message: 'The post has no title.' });
      return;
    }
    const slug = id.replace(/^\d+\./, '');
    result.posts.push({
      kind: 'substack',
      id,
      position,
      title,
      subtitle: row['subtitle']?.trim() || undefined,
      date: normaliseDate(row['post_date'] || row['email_sent_at']),
      tags: [],
      draft: row['is_published']?.trim().toLowerCase() !== 'true',
      url: `${site ? site.replace(/\/$/, '') : ''}/p/${slug}`,
      body: { html },
      folder: 'posts',
    });
  });
  return result;
}
