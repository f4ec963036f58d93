// Tips in Markdown: `:::tip{#id title="…"}` … `:::`, a container directive that both `.md` and
// `.mdx` issues understand, so an issue without a widget need not be MDX to mark its tips.

/** The directive's name: `:::tip`. */
export const TIP_DIRECTIVE = 'tip';

/** A tip as written, found in the text before its fields are checked. */
export interface MarkedTip {
  /** Where the tip starts in the text: tips of both syntaxes are listed in reading order. */
  index: number;
  /** How the tip reads in a message to the author: `:::tip{#a-tip} (line 12)`. */
  where: string;
  attributes: Map<string, string>;
  /** The Markdown inside the tip. */
  body: string;
}

const OPENING = /^(:{3,})[ \t]*([\p{L}\p{N}][\p{L}\p{N}_-]*)?(.*)$/u;
const FENCE = /^(`{3,}|~{3,})/;
const ATTRIBUTE =
  /\s*(?:#([^\s#.}"'=]+)|\.([^\s#.}"'=]+)|([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`}]+)))?)/y;

/**
 * A directive's `{…}` attributes (`#id`, `.class`, `key="value"`, `key='value'`, `key=value`,
 * `key`) as a map, or undefined when the text is not one well-formed attribute list.
 */
export function directiveAttributes(text: string): Map<string, string> | undefined {
  const match = /^\{(.*)\}$/.exec(text.trim());
  if (!match) return text.trim() === '' ? new Map() : undefined;
  const inner = match[1] ?? '';
  const found = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < inner.length) {
    const start = ATTRIBUTE.lastIndex;
    const attribute = ATTRIBUTE.exec(inner);
    if (!attribute || ATTRIBUTE.lastIndex === start)
      return inner.slice(start).trim() === '' ? found : undefined;
    const [, id, className, key, double, single, bare] = attribute;
    if (id !== undefined) found.set('id', id);
    else if (className !== undefined) found.set('class', className);
    else if (key !== undefined) found.set(key, double ?? single ?? bare ?? '');
  }
  return found;
}

// With directives on, `::name` opening a line and `:name[` or `:name{` anywhere become directives
// whose label or attributes would be rendered differently from plain Markdown. A colon before a
// bare word (`Re:Invent`, `10:30`) is put back as written (src/integrations/tip-directive.ts).
// A directive's name starts with a letter or digit, in any script; a leaf may follow the marks of
// quotes and list items.
const LEAF = /^(?:[\s>]|[*+-]\s|\d+[.)]\s)*(::[\p{L}\p{N}][\p{L}\p{N}_-]*)/u;
const NESTED_BLOCK = /^(?:[\s>]|[*+-]\s|\d+[.)]\s)*(?:>|[*+-]\s|\d+[.)]\s)\s*(:::+[^\s:]*)/;
// A colon escaped (`\:abbr[`), as the error below tells the author to write it, is text.
const TEXT_WITH_LABEL = /(?<![:\\]):[\p{L}\p{N}][\p{L}\p{N}_-]*[[{]/u;

/** The part of a line outside `:::` fences that Markdown would read as another directive, if any. */
export function strayDirective(line: string): string | undefined {
  // A ::: block inside a quote or a list item: tips stand on their own lines.
  const nested = NESTED_BLOCK.exec(line)?.[1];
  if (nested) return nested;
  const leaf = LEAF.exec(line)?.[1];
  if (leaf) return leaf;
  // Code spans are never read as directives.
  return TEXT_WITH_LABEL.exec(line.replace(/(`+)[^`]*?\1/g, ''))?.[0];
}

/**
 * Every `:::tip` in an issue's body, in order. Throws an error naming the file and the line for
 * a block this site does not know (`:::note`), a tip whose attributes can't be read or whose
 * title is written as a label (`:::tip[Title]`), a block opened inside a tip, a tip that is
 * never closed, and text that Markdown would read as another directive (`::video`, `:abbr[`).
 */
export function directiveTips(source: string, file: string): MarkedTip[] {
  const tips: MarkedTip[] = [];
  const lines = source.split('\n');
  let offset = 0;
  let fence: string | undefined;
  let open:
    | { index: number; line: number; colons: string; attributes: Map<string, string>; where: string }
    | undefined;
  let bodyStart = 0;
  for (const [number, line] of lines.entries()) {
    const lineStart = offset;
    offset += line.length + 1;
    const fenceMark = FENCE.exec(line.trim())?.[1];
    if (fenceMark) {
      // Inside a code block a ":::" line is an example, not a tip.
      if (!fence) fence = fenceMark;
      else if (fenceMark.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const here = `${file} line ${number + 1}`;
    const stray = strayDirective(line);
    if (stray) {
      throw new Error(
        `${here}: "${stray}" reads as a directive, and the only one this site has is :::tip; write "\\${stray}" to keep the colon as text.`,
      );
    }
    const opening = OPENING.exec(line.trim());
    if (!opening) continue;
    const [, colons = '', name, rest = ''] = opening;
    if (open) {
      if (!name && rest.trim() === '' && colons.length >= open.colons.length) {
        tips.push({
          index: open.index,
          where: open.where,
          attributes: open.attributes,
          body: source.slice(bodyStart, lineStart),
        });
        open = undefined;
        continue;
      }
      if (name) {
        throw new Error(
          `${here}: a :::${name} block starts inside the tip opened on line ${open.line}; close that tip with ::: first.`,
        );
      }
      continue;
    }
    if (!name) {
      throw new Error(
        rest.trim() === ''
          ? `${here}: this ::: closes nothing; a tip opens with :::tip{#id title="…"}.`
          : `${here}: a ::: block needs a name; the one this site knows is a tip, :::tip{#id title="…"}.`,
      );
    }
    if (name !== TIP_DIRECTIVE) {
      throw new Error(
        `${here}: ":::${name}" is not a block this site knows; the one it knows is a tip, :::tip{#id title="…"}.`,
      );
    }
    if (rest.trim().startsWith('[')) {
      throw new Error(
        `${here}: write the tip's title as an attribute, :::tip{#id title="…"}, not in brackets.`,
      );
    }
    const attributes = directiveAttributes(rest);
    if (!attributes) {
      throw new Error(
        `${here}: the tip's attributes can't be read (saw "${rest.trim()}"); write them as {#id title="…"}.`,
      );
    }
    const id = attributes.get('id');
    open = {
      index: lineStart,
      line: number + 1,
      colons,
      attributes,
      where: `${file}: :::tip${id ? `{#${id}}` : ''} (line ${number + 1})`,
    };
    bodyStart = offset;
  }
  if (open)
    throw new Error(`${file} line ${open.line}: this tip is never closed; end it with a line of ::: alone.`);
  return tips;
}

/**
 * The code and patterns by which the issues loader reads `:::` blocks and refuses stray
 * directives: part of the loader's tip-rules fingerprint (collect.ts), so a change to any of them
 * has every issue read again.
 */
export function directiveRulesFingerprint(): string {
  return [
    OPENING,
    FENCE,
    ATTRIBUTE,
    LEAF,
    NESTED_BLOCK,
    TEXT_WITH_LABEL,
    directiveAttributes,
    strayDirective,
    directiveTips,
  ]
    .map(String)
    .join('\n');
}

/** An mdast node as this module builds it: the `data` tells the HTML step which element to write. */
export interface TipMarkupNode {
  type: 'containerDirective';
  name: string;
  data: { hName: string; hProperties: Record<string, string | string[]> };
  children: unknown[];
}

/** An element that stands for nothing in Markdown: a directive node carrying its HTML name. */
function element(
  hName: string,
  hProperties: Record<string, string | string[]>,
  children: unknown[],
): TipMarkupNode {
  return { type: 'containerDirective', name: hName, data: { hName, hProperties }, children };
}

/**
 * A tip's markup, the same as `<Tip>` (src/components/Tip.astro) writes in MDX: an aside named
 * by its heading, whose id is the tip's anchor, around the author's words.
 */
export function tipMarkup(id: string, title: string, children: readonly unknown[]): TipMarkupNode {
  return element('aside', { className: ['tip'], ariaLabelledBy: id }, [
    element('h3', { id, className: ['tip-title'] }, [
      element('span', { className: ['tip-label'] }, [{ type: 'text', value: 'Tip:' }]),
      { type: 'text', value: ` ${title}` },
    ]),
    element('div', { className: ['tip-body'] }, [...children]),
  ]);
}

/**
 * Runs of hyphens as Markdown's smart punctuation writes them (CommonMark's rule: "--" an en
 * dash, "---" an em dash, longer runs in the fewest of both), for text put back in place of a
 * directive: the parser read it as a directive's name, so it never saw the dashes.
 */
export function smartDashes(text: string): string {
  return text.replace(/-{2,}/g, (run) => {
    const n = run.length;
    const [em, en] =
      n % 3 === 0 ? [n / 3, 0] : n % 2 === 0 ? [0, n / 2] : n % 3 === 2 ? [(n - 2) / 3, 1] : [(n - 4) / 3, 2];
    return '—'.repeat(em) + '–'.repeat(en);
  });
}
