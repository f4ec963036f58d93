// What an author reads when an issue's frontmatter is wrong: the file, then one line per field in
// plain words, with the value seen and how to write it. Built from the schema's issues (zod), whose
// own English ("Invalid input: expected date, received Date") is replaced wherever it reads oddly.

/** The parts of a zod issue the messages use. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  keys?: readonly string[];
  origin?: string;
}

/** The fields an issue's frontmatter may have, in the order the README lists them. */
export const FRONTMATTER_FIELDS = ['number', 'title', 'subtitle', 'date', 'description', 'topics', 'draft', 'updated'];

const HOW_TO_WRITE: Record<string, string> = {
  number: 'like `number: 58`',
  title: 'like `title: Ask for the level you want`',
  subtitle: 'like `subtitle: Even if you already said no`, or leave the line out',
  date: 'as YYYY-MM-DD, like `date: 2026-11-25`',
  updated: 'as YYYY-MM-DD, like `updated: 2026-12-01`, or leave the line out',
  description: 'as one or two sentences, like `description: What to say when they call back.`',
  topics: 'as a list, like `topics: [negotiation, offers]`',
  draft: 'as `draft: true` or `draft: false`',
};

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  date: 'a date',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'not a date' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function howTo(field: string): string {
  const hint = HOW_TO_WRITE[field];
  return hint ? ` Write it ${hint}.` : '';
}

/** One plain sentence per problem: "number: must be 1 or more (it is 0)." */
export function describeIssue(issue: SchemaIssue, data: unknown): string[] {
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map(
      (key) =>
        `${key === '' ? '(a field with no name)' : key}: is not a field an issue has. Remove it or check its spelling; the fields are ${FRONTMATTER_FIELDS.join(', ')}.`,
    );
  }
  const field = fieldName(issue.path);
  const top = String(issue.path[0] ?? '');
  const value = valueAt(data, issue.path);
  const seen = value === undefined ? '' : ` (it is ${shown(value)})`;
  if (issue.code === 'invalid_type' && value === undefined) return [`${field}: is missing.${howTo(top)}`];
  if (issue.code === 'invalid_type' && issue.expected === 'date') {
    return [`${field}: is not a date${seen}.${howTo(top)}`];
  }
  // The schema's own date check (src/schemas/issue.ts) words a day that does not exist and a
  // number such as 20261125 well; text or a list that is nothing like a date reads better this way.
  const dateField = top === 'date' || top === 'updated';
  const notDateShaped =
    value !== undefined && typeof value !== 'number' && !/^\d{4}-\d{2}-\d{2}/.test(String(value));
  if (dateField && issue.code === 'custom' && !(value instanceof Date) && notDateShaped) {
    return [`${field}: is not a date${seen}.${howTo(top)}`];
  }
  if (top === 'number' && issue.code === 'too_small') return [`${field}: must be 1 or more${seen}.`];
  if (issue.code === 'invalid_type') {
    const kind = KINDS[issue.expected ?? ''] ?? issue.expected ?? 'something else';
    return [`${field}: must be ${kind}${seen}.${howTo(top)}`];
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return [`${field}: is empty.${howTo(top)}`];
  return [`${field}: ${issue.message}`];
}

/** The whole message for one file; the first line names the file, each next line a field. */
export function frontmatterErrorMessage(file: string, issues: readonly SchemaIssue[], data: unknown): string {
  const lines = issues.flatMap((issue) => describeIssue(issue, data));
  return [`${file} has frontmatter to fix:`, ...lines.map((line) => `  ${line}`)].join('\n');
}
