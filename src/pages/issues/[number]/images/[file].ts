import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { publishedIssues } from '../../../../collections/issues.ts';
import { localImages } from '../../../../lib/content/email-images.ts';

// A PNG or JPEG rendition of each image in a published issue, for feeds and the email edition
// (see src/lib/content/email-images.ts). The original is converted, never resized.
export const getStaticPaths = (async () => {
  const issues = await publishedIssues();
  return issues.flatMap((issue) =>
    localImages(issue.body ?? '').map((image) => ({
      params: { number: String(issue.data.number), file: image.file },
      props: { source: join(dirname(issue.filePath ?? ''), image.path), jpeg: image.file.endsWith('.jpg') },
    })),
  );
}) satisfies GetStaticPaths;

/** The rendition's bytes. */
export const GET: APIRoute<{ source: string; jpeg: boolean }> = async ({ props }) => {
  const original = sharp(await readFile(props.source));
  const bytes = await (props.jpeg ? original.jpeg({ quality: 85 }) : original.png()).toBuffer();
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': props.jpeg ? 'image/jpeg' : 'image/png' },
  });
};
