// Images in an imported post: found in the export (or downloaded by the command), stored in a
// folder beside the issue, and referenced relatively so astro:assets optimises them.
import type { Element, Root } from 'hast';
import { elements, h, prop, replace, t, textOf } from './hast.ts';

/** Image formats astro:assets can optimise, by the bytes they start with. */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 12) === 'ftypavif') return 'avif';
  if (/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(ascii(0, Math.min(bytes.length, 200)))) return 'svg';
  return undefined;
}

/** A file name for an image, from its address: the last path segment, made safe. */
export function imageFileName(src: string, format: string, taken: ReadonlySet<string>): string {
  let last = src;
  try {
    last = new URL(src, 'https://x.invalid/').pathname;
  } catch {
    // Keep the raw text: it is only a name.
  }
  const stem =
    decodeURIComponent(last.split('/').filter(Boolean).pop() ?? '')
      .replace(/\.[a-z0-9]+$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'image';
  let name = `${stem}.${format}`;
  for (let n = 2; taken.has(name); n += 1) name = `${stem}-${n}.${format}`;
  return name;
}

/**
 * Where in the export an image's address may be: the address itself when relative (to the
 * post's folder and to the root), and for an absolute URL its path, as exports that bundle
 * images keep the site's folders (Ghost's `content/images/…`).
 */
export function exportCandidates(src: string, folder: string): string[] {
  const ghost = src.replace(/^__GHOST_URL__/, '');
  let path: string;
  try {
    path = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ghost) ? new URL(ghost, 'https://x.invalid/').pathname : ghost;
  } catch {
    return [];
  }
  const clean = decodeURIComponent(path.split(/[?#]/)[0] as string).replace(/^\.\//, '');
  const relative = clean.replace(/^\/+/, '');
  const inFolder = folder && !clean.startsWith('/') ? `${folder}/${relative}` : relative;
  const base = relative.split('/').pop() ?? relative;
  return [
    ...new Set([inFolder, relative, `images/${base}`, `${folder ? `${folder}/` : ''}images/${base}`]),
  ].filter(Boolean);
}

/** Whether the address can be fetched over the network. */
export function isRemote(src: string): boolean {
  return /^https?:\/\//i.test(src) || src.startsWith('//');
}

/** Every image address in the tree. */
export function imageSources(tree: Root): string[] {
  return [...elements(tree)]
    .filter(({ node }) => node.tagName === 'img')
    .map(({ node }) => prop(node, 'src'))
    .filter((src): src is string => !!src);
}

/** Alt text for an image that has none: its caption, its title, or its file name in words. */
export function fallbackAlt(node: Element, caption: string | undefined): string {
  const title = prop(node, 'title');
  if (caption?.trim()) return caption.trim().slice(0, 150);
  if (title?.trim()) return title.trim();
  const name = (prop(node, 'src') ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  const words = decodeURIComponent(name)
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words && !/^[0-9a-f\s]{8,}$/i.test(words) ? `Image: ${words}` : 'Image';
}

/** What happened to the images of one post. */
export interface ImageReport {
  /** Addresses neither in the export nor downloadable: left as links. */
  missing: string[];
  /** Addresses that had no alt text and got one made up (the author should check it). */
  withoutAlt: string[];
}

/**
 * Points each image at its local copy (`resolve` returns the relative reference) or, when
 * there is none, turns it into a link to where it was; adds alt text where missing.
 */
export function relinkImages(tree: Root, resolve: (src: string) => string | undefined): ImageReport {
  const report: ImageReport = { missing: [], withoutAlt: [] };
  for (const { node, parent } of [...elements(tree)]) {
    // A link around nothing but an image (Substack's "image-link", which opens the full size
    // through wrappers and a <picture>) is just the image: left around a missing image, whose
    // stand-in is itself a link, it would read as a Markdown link inside a link.
    if (node.tagName === 'a' && !textOf(node).trim()) {
      const images = [...elements(node)].filter(({ node: n }) => n.tagName === 'img');
      if (images.length === 1 && images[0]) replace(parent, node, [images[0].node]);
    }
  }
  for (const { node, parent } of [...elements(tree)]) {
    if (node.tagName === 'figcaption') replace(parent, node, [h('p', {}, [h('em', {}, node.children)])]);
  }
  for (const { node, parent } of [...elements(tree)]) {
    if (node.tagName !== 'img') continue;
    const src = prop(node, 'src');
    if (!src) {
      replace(parent, node, []);
      continue;
    }
    let alt = prop(node, 'alt')?.trim();
    if (!alt) {
      const figure = parent.type === 'element' && parent.tagName === 'figure' ? parent : undefined;
      const caption = figure ? [...elements(figure)].find((e) => e.node.tagName === 'em') : undefined;
      alt = fallbackAlt(
        node,
        caption ? caption.node.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : undefined,
      );
      report.withoutAlt.push(src);
    }
    const local = resolve(src);
    if (local) {
      replace(parent, node, [h('img', { src: local, alt }, [])]);
    } else {
      report.missing.push(src);
      const href = isRemote(src) ? (src.startsWith('//') ? `https:${src}` : src) : undefined;
      replace(parent, node, href ? [h('a', { href }, [t(`${alt} (image)`)])] : [t(`${alt} (image)`)]);
    }
  }
  return report;
}

/** The same for Markdown bodies: `![alt](src "title")` references. */
export function relinkMarkdownImages(
  markdown: string,
  resolve: (src: string) => string | undefined,
): { markdown: string } & ImageReport {
  const report: ImageReport = { missing: [], withoutAlt: [] };
  const result = markdown.replace(
    /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    (_whole, rawAlt: string, src: string) => {
      let alt = rawAlt.trim();
      if (!alt) {
        alt = fallbackAlt(h('img', { src }, []), undefined);
        report.withoutAlt.push(src);
      }
      const local = resolve(src);
      if (local) return `![${alt}](${local})`;
      report.missing.push(src);
      return isRemote(src) ? `[${alt} (image)](${src})` : `${alt} (image)`;
    },
  );
  return { markdown: result, ...report };
}

/** Every image address in a Markdown body. */
export function markdownImageSources(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?/g)].map((m) => m[1] as string);
}
