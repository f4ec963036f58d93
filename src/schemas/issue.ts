import { z } from 'astro/zod';
import { writtenOffset } from '../lib/content/publication-date.ts';
import { dateProblem, parseStrictDate } from '../lib/content/strict-date.ts';
import { tipSchema } from './tip.ts';

/** Topic names as the author writes them; pages turn them into URL slugs. */
const topic = z
  .string()
  .trim()
  .min(1, 'A topic cannot be empty.')
  .regex(/[\p{L}\p{N}]/u, 'A topic needs at least one letter or digit.');

/** A date as the site keeps it: the instant, and the offset it was written in (minutes east of UTC). */
interface WrittenDate {
  instant: Date;
  offset: number;
}

/**
 * A real calendar date: `2026-11-25`, or with a time and zone as imports keep them
 * (`2024-03-05T08:30:00-05:00`). The loader hands over the text as written, so the offset (the
 * author's day) survives; a Date comes only from YAML that bypassed it, and is read as UTC.
 * The loader also checks the written text for days that do not exist (`2026-02-30`).
 */
const issueDate = z
  .custom<Date | string>((value) => value instanceof Date || typeof value === 'string', {
    error: (issue) => `Write the date as YYYY-MM-DD, like 2026-11-25 (got ${JSON.stringify(issue.input)}).`,
  })
  .transform((value, context): WrittenDate => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return { instant: value, offset: 0 };
      context.addIssue({ code: 'custom', message: 'Write the date as YYYY-MM-DD, like 2026-11-25.' });
      return z.NEVER;
    }
    const problem = dateProblem(value);
    if (!problem) return { instant: parseStrictDate(value), offset: writtenOffset(value) };
    context.addIssue({ code: 'custom', message: `Write a real date: ${problem}.` });
    return z.NEVER;
  });

/** Where an imported issue came from, so a second import can find and update it. */
const importProvenance = z
  .object({
    /** The kind of export it came from. */
    from: z.enum(['rss', 'atom', 'substack', 'buttondown', 'ghost', 'markdown']),
    /** The post's id on the old platform (its guid, slug or file name). */
    id: z.string().min(1),
    /** The post's address on the old platform, redirected to the issue. Default: none. */
    url: z.url().optional(),
    /** SHA-256 of the file as the import wrote it: a different file means the author edited it. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'The import hash is 64 hexadecimal characters.'),
  })
  .strict();

/** The frontmatter of one newsletter issue (`content/issues/NNN-slug.mdx` or `.md`). */
export const issueSchema = z
  .object({
    /** The issue number: a positive whole number, unique across all issues; the URL is /issues/<number>/. */
    number: z.number().int().positive(),
    /** The headline, as the author wrote it. */
    title: z.string().trim().min(1),
    /** An optional second line under the title. Default: none. */
    subtitle: z.string().trim().min(1).optional(),
    /** The publication date (YYYY-MM-DD, or with a time and zone); a future date is published on that day. */
    date: issueDate,
    /** One or two sentences for meta tags, cards and feeds; at most 200 characters. */
    description: z
      .string()
      .trim()
      .min(1)
      .max(
        200,
        'Keep the description to 200 characters or fewer: it is shown on cards and in search results.',
      ),
    /** Topic names, at least one; each gets a page at /topics/<slug>/. */
    topics: z.array(topic).min(1, 'List at least one topic, like `topics: [career]`.'),
    /** A draft shows in `npm run dev` only: never built, indexed or sent. Default: false. */
    draft: z.boolean().default(false),
    /** The date of the last meaningful correction, if any. Default: none. */
    updated: issueDate.optional(),
    /** Set by `npm run import` only: the post this issue was imported from. Default: none. */
    imported: importProvenance.optional(),
    /**
     * The tips marked in the body, in reading order: never written in frontmatter, the issues
     * loader collects them from the `<Tip>` tags at content sync. Default: none.
     */
    tips: z.array(tipSchema).default([]),
  })
  .strict()
  // `date` and `updated` become the instants that order and schedule issues; the offsets they
  // were written in travel beside them (`dateOffset`, `updatedOffset`: minutes east of UTC, 0
  // for a bare day) so pages, feeds and email show the author's own day.
  .transform(({ date, updated, ...rest }) => ({
    ...rest,
    date: date.instant,
    dateOffset: date.offset,
    ...(updated ? { updated: updated.instant, updatedOffset: updated.offset } : {}),
  }));

export type IssueFrontmatter = z.infer<typeof issueSchema>;
