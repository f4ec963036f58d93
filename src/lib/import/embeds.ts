// Embeds the site cannot show (videos, tweets, players in iframes) become a plain link to
// the thing itself, so no reader loses it and no third-party script reaches the page.
import type { Element, Root } from 'hast';
import { classes, elements, h, prop, replace, t } from './hast.ts';

/** An embed's address as a reader would open it; undefined when it is not a web address. */
export function embedLink(src: string): string | undefined {
  const absolute = src.startsWith('//') ? `https:${src}` : src;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const youtube =
    /^(?:www\.)?youtube(?:-nocookie)?\.com$/.test(url.hostname) && /^\/embed\/([\w-]+)/.exec(url.pathname);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = url.hostname === 'player.vimeo.com' && /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url.href;
}

/** The words of the link that stands in for an embed. */
export function embedText(href: string, title: string | undefined): string {
  const host = new URL(href).hostname.replace(/^www\./, '');
  const what = /youtube\.com|vimeo\.com/.test(host)
    ? 'Watch'
    : /twitter\.com|x\.com|bsky\.app|mastodon/.test(host)
      ? 'Read the post'
      : 'Open';
  return title?.trim() ? `${what}: ${title.trim()} (${host})` : `${what} it on ${host}`;
}

/** The address a Substack-style embed keeps in its `data-attrs` JSON. */
function dataAttrsLink(node: Element): string | undefined {
  const raw = prop(node, 'dataAttrs');
  if (!raw) return undefined;
  try {
    const attrs = JSON.parse(raw) as Record<string, unknown>;
    if (typeof attrs['videoId'] === 'string') return `https://www.youtube.com/watch?v=${attrs['videoId']}`;
    const url = attrs['url'] ?? attrs['href'];
    return typeof url === 'string' ? embedLink(url) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Marks the paragraph that stands in for an embed: its words ("Watch it on youtube.com") are
 * the import's, not the author's, so a description made from the post leaves them out.
 */
export const EMBED_STAND_IN = 'dataImportEmbed';

/** Replaces every embed with a paragraph holding a link to it, in place. */
export function linkEmbeds(tree: Root): void {
  const found: {
    node: Element;
    parent: Root | Element;
    href: string | undefined;
    title: string | undefined;
  }[] = [];
  for (const { node, parent } of elements(tree)) {
    if (found.some((f) => isInside(f.node, node))) continue;
    const kind = classes(node).join(' ');
    if (node.tagName === 'iframe' || node.tagName === 'embed') {
      const src = prop(node, 'src') ?? prop(node, 'dataSrc');
      found.push({
        node,
        parent: parent as Element,
        href: src ? embedLink(src) : undefined,
        title: prop(node, 'title'),
      });
    } else if (node.tagName === 'video' || node.tagName === 'audio') {
      const source = [...elements(node)].find((e) => e.node.tagName === 'source')?.node;
      const src = prop(node, 'src') ?? (source ? prop(source, 'src') : undefined);
      found.push({
        node,
        parent: parent as Element,
        href: src ? embedLink(src) : undefined,
        title: prop(node, 'title'),
      });
    } else if (
      /youtube-wrap|tweet|embedded-post|instagram|tiktok|spotify|apple-podcast|embed/i.test(kind) &&
      prop(node, 'dataAttrs')
    ) {
      found.push({ node, parent: parent as Element, href: dataAttrsLink(node), title: undefined });
    }
  }
  for (const { node, parent, href, title } of found) {
    replace(
      parent,
      node,
      href ? [h('p', { [EMBED_STAND_IN]: true }, [h('a', { href }, [t(embedText(href, title))])])] : [],
    );
  }
}

/** Whether `inner` sits inside `outer`. */
function isInside(outer: Element, inner: Element): boolean {
  return [...elements(outer)].some((e) => e.node === inner);
}
