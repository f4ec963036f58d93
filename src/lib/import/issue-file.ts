// The issue file an import writes, and what it reads back from files already there.
import { createHash } from 'node:crypto';
import { parse, Scalar, stringify } from 'yaml';
import { topicSlug } from '../content/topics.ts';
import type { SourceKind } from './model.ts';

/** The frontmatter of an imported issue, in the order it is written. */
export interface ImportedIssue {
  number: number;
  title: string;
  subtitle?: string | undefined;
  date: string;
  description: string;
  topics: string[];
  draft: boolean;
  imported: { from: SourceKind; id: string; url?: string | undefined };
}

/** The line that carries the hash; left out when the hash is computed. */
const HASH_LINE = /^ {2}hash: "?[0-9a-f]{64}"?\r?\n/m;

/** SHA-256 of a file's text without its hash line. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(HASH_LINE, '')).digest('hex');
}

/** `NNN-slug` (no extension): the issue's file name and its image folder's. */
export function issueStem(number: number, title: string): string {
  const slug = topicSlug(title).split('-').slice(0, 8).join('-') || 'untitled';
  return `${String(number).padStart(3, '0')}-${slug}`;
}

/**
 * A string written in double quotes. Dates are: YAML 1.1 readers (Astro's among them) make a
 * Date of an unquoted `2026-03-04T21:00:00-05:00` and drop its offset, and with it the day the
 * author sent the post on.
 */
function quoted(text: string): Scalar<string> {
  const scalar = new Scalar(text);
  scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

/** The Markdown file for an imported issue, its hash written in. */
export function issueFileText(issue: ImportedIssue, body: string): string {
  const { url, ...provenance } = issue.imported;
  const data = {
    number: issue.number,
    title: issue.title,
    ...(issue.subtitle ? { subtitle: issue.subtitle } : {}),
    date: quoted(issue.date),
    description: issue.description,
    topics: issue.topics,
    ...(issue.draft ? { draft: true } : {}),
    imported: { ...provenance, ...(url ? { url } : {}), hash: 'HASH' },
  };
  const draft = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
  // Quoted, so a hash that happens to look like a number stays a string.
  const withLine = draft.replace(
    /^ {2}hash: HASH$/m,
    '  hash: "0000000000000000000000000000000000000000000000000000000000000000"',
  );
  return withLine.replace(/^ {2}hash: "0{64}"$/m, `  hash: "${contentHash(withLine)}"`);
}

/** What an issue file already in the collection tells the import. */
export interface ExistingIssue {
  path: string;
  number: number | undefined;
  /** `from:id` of an imported issue; undefined for the author's own. */
  key: string | undefined;
  /** Whether the file is exactly as an import wrote it. */
  unedited: boolean;
  topics: string[];
  /** The file's text as it is now. */
  text: string;
}

/** The key that matches a post with the file imported from it. */
export function provenanceKey(from: string, id: string): string {
  return `${from}:${id}`;
}

/** Reads an existing issue file; tolerant, as the author's files may be mid-edit. */
export function readExisting(path: string, text: string): ExistingIssue {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  let data: Record<string, unknown> = {};
  try {
    data = (block ? parse(block) : {}) ?? {};
  } catch {
    // A file whose frontmatter does not parse is the author's problem, not the import's.
  }
  const imported = data['imported'] as Record<string, unknown> | undefined;
  const number = Number(data['number']);
  const key =
    imported && typeof imported['id'] === 'string'
      ? provenanceKey(String(imported['from']), imported['id'])
      : undefined;
  return {
    path,
    // A draft whose YAML is broken mid-edit still holds the number its name starts with.
    number: Number.isInteger(number) ? number : numberFromName(path),
    key,
    unedited: key !== undefined && imported?.['hash'] === contentHash(text),
    topics: Array.isArray(data['topics']) ? data['topics'].map(String) : [],
    text,
  };
}

/** The number an issue file's name starts with ("058-ask.md" → 58), if any. */
function numberFromName(path: string): number | undefined {
  const digits = /^(\d+)-/.exec(path.split('/').pop() ?? '')?.[1];
  return digits === undefined ? undefined : Number(digits);
}
