import { withBase } from '../lib/paths/base.ts';

/** The part of a Markdown link or image node this plugin reads. */
interface UrlNode {
  url: string;
}

/** The part of Sätteri's visitor context this plugin uses. */
interface Context {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/**
 * A Sätteri (Astro's Markdown engine) plugin that adds the site's base path to site-absolute
 * links and images in Markdown ("[issue #12](/issues/12/)"), so authors write links as readers
 * see them and the site still works under a sub-path.
 */
export function baseLinksPlugin(base: string) {
  const rewrite = (node: UrlNode, context: Context) => {
    const url = withBase(node.url, base);
    if (url !== node.url) context.setProperty(node, 'url', url);
  };
  return { name: 'newsletter:base-links', link: rewrite, image: rewrite, definition: rewrite };
}
