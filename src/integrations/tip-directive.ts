import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { smartDashes, TIP_DIRECTIVE, tipMarkup } from '../lib/tips/directive.ts';

/** A plugin for Astro's Markdown engine, Sätteri, typed as the processor takes it. */
type MdastPlugin = Exclude<
  Extract<NonNullable<SatteriProcessorOptions['mdastPlugins']>[number], object>,
  ((...args: never[]) => unknown) | readonly unknown[]
>;
/** Where a node stands in the source, as the plugin's `position` option gives it. */
interface Placed {
  readonly position?:
    { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/** The directive's text exactly as the author wrote it. */
function written(node: Placed, source: string): string {
  const { start, end } = node.position ?? { start: {}, end: {} };
  return start.offset === undefined || end.offset === undefined ? '' : source.slice(start.offset, end.offset);
}

/**
 * A Sätteri (Astro's Markdown engine) plugin for tips in Markdown: `:::tip{#id title="…"}` … `:::`
 * becomes the markup `<Tip>` writes. Turning directives on also reads `Re:Invent` or `10:30`
 * as inline directives (`:Invent`), so every directive that is not a tip goes back to its text,
 * dashes as smart punctuation would have written them. The issues loader has already refused
 * any other `:::` block and any directive with a label or attributes (src/lib/tips/directive.ts),
 * whose text could not be put back as plain Markdown would render it.
 */
export function tipDirectivePlugin(): MdastPlugin {
  return {
    name: 'newsletter:tip-directive',
    options: { position: true },
    containerDirective(node, context) {
      if (node.name !== TIP_DIRECTIVE) return;
      const id = node.attributes?.['id'] ?? '';
      const title = node.attributes?.['title'] ?? '';
      // The markup carries hName data, which the mdast types do not declare.
      context.replaceNode(node, tipMarkup(id, title, node.children) as never);
    },
    leafDirective(node, context) {
      context.replaceNode(node, {
        type: 'paragraph',
        children: [{ type: 'text', value: written(node, context.source) }],
      });
    },
    textDirective(node, context) {
      context.replaceNode(node, { type: 'text', value: smartDashes(written(node, context.source)) });
    },
  };
}
