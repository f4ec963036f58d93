import { z } from 'astro/zod';
import { TIP_ID_PATTERN, type Tip } from '../lib/tips/collect.ts';

/**
 * A tip as the issues loader collects it from `<Tip id="…" title="…">…</Tip>` in an issue's
 * body (src/lib/tips/collect.ts explains each rule to the author; this only types the result).
 */
export const tipSchema = z
  .object({
    /** The anchor of the tip on its issue page: lower-case words joined by hyphens. */
    id: z.string().regex(TIP_ID_PATTERN),
    /** The short editorial title. */
    title: z.string().min(1),
    /** The author's words inside the tip, as plain text. */
    text: z.string().min(1),
  })
  .strict() satisfies z.ZodType<Tip>;
