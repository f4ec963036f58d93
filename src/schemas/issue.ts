import { z } from 'astro/zod';

/** Topic names as the author writes them; pages turn them into URL slugs. */
const topic = z
  .string()
  .trim()
  .min(1, 'A topic cannot be empty.')
  .regex(/[\p{L}\p{N}]/u, 'A topic needs at least one letter or digit.');

/** The frontmatter of one newsletter issue (`content/issues/NNN-slug.mdx`). */
export const issueSchema = z
  .object({
    /** The issue number: a positive whole number, unique across all issues; the URL is /issues/<number>/. */
    number: z.number().int().positive(),
    /** The headline, as the author wrote it. */
    title: z.string().trim().min(1),
    /** An optional second line under the title. Default: none. */
    subtitle: z.string().trim().min(1).optional(),
    /** The publication date (YYYY-MM-DD). */
    date: z.coerce.date(),
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
    updated: z.coerce.date().optional(),
  })
  .strict();

export type IssueFrontmatter = z.infer<typeof issueSchema>;
