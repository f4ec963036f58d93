// Images in feeds and the email edition: mail clients and feed readers do not all show WebP
// or AVIF (what the site serves), so each image there points at a PNG or JPEG rendition of the
// original, with its width and height, at /issues/<n>/images/<file>.

/** An image an issue's body refers to by a relative path, and its rendition's file name. */
export interface LocalImage {
  /** The path as written in the body, relative to the issue file (`./058-x/chart.png`). */
  path: string;
  /** The file name without extension, as Astro keeps it in the optimised file's name. */
  stem: string;
  /** The rendition's file name: JPEG stays JPEG, everything else becomes PNG. */
  file: string;
}

/** Local images written in Markdown in an issue's body, each once. */
export function localImages(body: string): LocalImage[] {
  const seen = new Map<string, LocalImage>();
  for (const match of body.matchAll(/!\[[^\]]*\]\(\s*(?:<(\.{1,2}\/[^>]+)>|(\.{1,2}\/[^)\s]+))[^)]*\)/g)) {
    const path = (match[1] ?? match[2]) as string;
    const name = path.split('/').pop() ?? path;
    const stem = name.replace(/\.[^.]+$/, '');
    const jpeg = /\.jpe?g$/i.test(name);
    if (!seen.has(path)) seen.set(path, { path, stem, file: `${stem}.${jpeg ? 'jpg' : 'png'}` });
  }
  return [...seen.values()];
}

/**
 * Points each optimised image (`/_astro/<stem>.<hash>.webp`) at its rendition's URL and drops
 * `srcset`/`sizes`, which list only the optimised formats; width, height and alt stay.
 */
export function useRenditions(html: string, renditions: readonly { stem: string; url: string }[]): string {
  if (renditions.length === 0) return html;
  return html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1] ?? '';
    const file = src.split('/').pop() ?? '';
    const rendition = renditions.find((r) => file.startsWith(`${r.stem}.`) && src.includes('/_astro/'));
    if (!rendition) return tag;
    return tag
      .replace(/\s(srcset|sizes)="[^"]*"/gi, '')
      .replace(/\ssrc="[^"]*"/i, ` src="${rendition.url.replace(/"/g, '&quot;')}"`);
  });
}
