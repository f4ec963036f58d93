/**
 * Strict issue dates. YAML readers turn `2026-02-30` into 2 March and `20261125` into a plain
 * number, so a typo would publish on the wrong day without a word: these checks read the text
 * the author wrote and refuse anything that is not a real calendar date.
 */
import { MAX_OFFSET_MINUTES } from './publication-date.ts';

/** `YYYY-MM-DD`, optionally followed by a time and a zone (`T08:30:00Z`, `T08:30:00-05:00`). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Why a written date is not a real one, or null when it is. */
export function dateProblem(text: string): string | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return `write it as YYYY-MM-DD (got ${JSON.stringify(text)})`;
  const [, y, m, d, hh, mm, ss] = match.map(Number) as number[];
  const year = y as number;
  const month = m as number;
  const day = d as number;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    return `${text.trim()} is not a day of the calendar`;
  }
  if ((hh ?? 0) > 23 || (mm ?? 0) > 59 || (ss ?? 0) > 59) return `${text.trim()} has an impossible time`;
  const zone = match[7];
  if (zone && !isRealOffset(zone)) {
    return `${text.trim()} has an impossible offset (${zone}): write one from -18:00 to +18:00, like -05:00, or Z for UTC`;
  }
  return null;
}

/** Whether a zone offset (`Z`, `+05:30`, `-0800`) is one a clock can show: within MAX_OFFSET_MINUTES of UTC. */
export function isRealOffset(zone: string): boolean {
  if (/^z$/i.test(zone)) return true;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return false;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return Number(match[3]) <= 59 && minutes <= MAX_OFFSET_MINUTES;
}

/** The instant a strictly valid date text names; throws with the problem otherwise. */
export function parseStrictDate(text: string): Date {
  const problem = dateProblem(text);
  if (problem) throw new Error(problem);
  const trimmed = text.trim().replace(' ', 'T');
  // A bare day is midnight UTC, as Astro and the rest of the site read calendar days; a time
  // without a zone is UTC too, as YAML reads it, never the zone of the machine that builds.
  if (trimmed.length === 10) return new Date(`${trimmed}T00:00:00Z`);
  const zoned = trimmed.replace(/([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return new Date(/(?:Z|[+-]\d{2}:\d{2})$/.test(zoned) ? zoned : `${zoned}Z`);
}

/** The raw text of each top-level date field in a file's YAML frontmatter. */
export function frontmatterDates(source: string, fields: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (!block) return found;
  for (const line of block.split(/\r?\n/)) {
    const match = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(line);
    if (!match || !fields.includes(match[1] as string)) continue;
    found.set(match[1] as string, (match[2] as string).replace(/^(['"])(.*)\1$/, '$2').replace(/\s+#.*$/, ''));
  }
  return found;
}

/**
 * The frontmatter with each real date as the text the author wrote, not the Date YAML made of
 * it: YAML keeps the instant of `2026-03-04T21:00:00-05:00` but drops the offset, and with it
 * the author's day. Dates that are not real stay as YAML read them, for the checks that name them.
 */
export function withWrittenDates<T extends Record<string, unknown>>(data: T, source: string): T {
  const written = frontmatterDates(source, ['date', 'updated']);
  const result: Record<string, unknown> = { ...data };
  for (const [field, text] of written) {
    if (result[field] instanceof Date && dateProblem(text) === null) result[field] = text;
  }
  return result as T;
}

/** Error lines naming the file and field for every date in the frontmatter that is not real. */
export function frontmatterDateProblems(source: string, filePath: string): string[] {
  const problems: string[] = [];
  for (const [field, text] of frontmatterDates(source, ['date', 'updated'])) {
    const problem = dateProblem(text);
    if (problem) problems.push(`${filePath}: ${field}: ${problem}; use a real date like 2026-11-25.`);
  }
  return problems;
}

/** Whether an issue may be published at `now`: not a draft, and its date has come. */
export function isPublishable(data: { draft: boolean; date: Date }, now: Date): boolean {
  return !data.draft && data.date.getTime() <= now.getTime();
}
