import { normaliseSource, readFrontmatter } from '../content/frontmatter.ts';
import { directiveRulesFingerprint, directiveTips, type MarkedTip } from './directive.ts';

/**
 * A tip as marked in an issue: `<Tip id="…" title="…">…</Tip>` in MDX, or `:::tip{#… title="…"}`
 * … `:::` in Markdown and MDX alike.
 */
export interface Tip {
  /** The anchor of the tip on its issue page. */
  id: string;
  /** The short editorial title. */
  title: string;
  /** The author's words inside the tip, as plain text. */
  text: string;
}

/** What a tip id must look like: it becomes a URL fragment that links rely on. */
export const TIP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TIP_PATTERN = /<Tip\b([^>]*)>([\s\S]*?)<\/Tip>/g;
const ATTRIBUTE_PATTERN = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Reads the string attributes of a JSX tag's attribute text. */
function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE_PATTERN)) {
    found.set(match[1] ?? '', match[2] ?? match[3] ?? '');
  }
  return found;
}

/** Markdown and inline tags reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<Tip>` tag in the text, before its fields are checked. */
function tagTips(source: string, file: string): MarkedTip[] {
  return [...source.matchAll(TIP_PATTERN)].map((match) => {
    const attrs = attributes(match[1] ?? '');
    const id = attrs.get('id');
    return {
      index: match.index,
      where: `${file}: <Tip${id ? ` id="${id}"` : ''}>`,
      attributes: attrs,
      body: match[2] ?? '',
    };
  });
}

/** Tips of both syntaxes, in reading order. */
function markedTips(source: string, file: string): MarkedTip[] {
  return [...tagTips(source, file), ...directiveTips(source, file)].sort((a, b) => a.index - b.index);
}

/**
 * Every tip in an issue's body, in order, whichever way it is marked. Throws an error naming the
 * file, the tip and the field when a tip has no title, a malformed or duplicate id, or no words,
 * and naming the file and line for a `:::` block that is not a well-formed tip.
 */
export function collectTips(source: string, file: string): Tip[] {
  const tips: Tip[] = [];
  const seen = new Set<string>();
  for (const marked of markedTips(source, file)) {
    const id = marked.attributes.get('id') ?? '';
    const title = (marked.attributes.get('title') ?? '').trim();
    const text = plainText(marked.body);
    const where = marked.where;
    if (!TIP_ID_PATTERN.test(id)) {
      throw new Error(
        `${where} needs an "id" of lower-case words joined by hyphens, like id="take-the-call" (saw "${id}").`,
      );
    }
    if (seen.has(id))
      throw new Error(`${where}: the "id" is used by another tip in this issue; make it unique.`);
    if (!title) throw new Error(`${where} needs a "title", a few words that name the tip.`);
    if (!text) throw new Error(`${where} has no words inside it; wrap the passage the tip marks.`);
    seen.add(id);
    tips.push({ id, title, text });
  }
  return tips;
}

/** The ids of the tips marked in a part of an issue's body, in order, without checking their fields. */
export function markedTipIds(source: string): string[] {
  return markedTips(source, '').flatMap((marked) => marked.attributes.get('id') ?? []);
}

/** Every tip in an issue file as written (frontmatter and body); the issues loader's one way in. */
export function collectIssueTips(fileText: string, file: string): Tip[] {
  const { body: text } = readFrontmatter(fileText);
  // The frontmatter's lines stand as empty ones, so a line number in a message is the file's.
  const frontmatterLines =
    normaliseSource(fileText)
      .slice(0, -text.length || undefined)
      .split('\n').length - 1;
  const body = '\n'.repeat(frontmatterLines) + text;
  const tag = /\.md$/i.test(file) ? tagTips(body, file)[0] : undefined;
  // In Markdown a <Tip> tag is HTML no browser knows: the passage would show with no tip around it.
  if (tag)
    throw new Error(
      `${tag.where} is MDX; in a Markdown (.md) issue mark the tip with :::tip{#id title="…"} … ::: instead.`,
    );
  return collectTips(body, file);
}

/** What an author reads who lists `tips` in the frontmatter: tips are marked where readers see them. */
export function tipsInFrontmatterMessage(file: string): string {
  return `${file}: "tips" is not a frontmatter field; mark each tip in the text with :::tip{#id title="…"} … ::: (or <Tip id="…" title="…">…</Tip> in MDX) instead.`;
}

/**
 * A fingerprint of the rules above (their code and patterns): the issues loader re-reads every
 * issue when it changes, since the content layer itself re-reads only files whose text changed.
 */
export function tipRulesFingerprint(): string {
  return [
    TIP_ID_PATTERN,
    TIP_PATTERN,
    ATTRIBUTE_PATTERN,
    attributes,
    tagTips,
    directiveRulesFingerprint(),
    markedTips,
    plainText,
    collectTips,
    collectIssueTips,
  ]
    .map(String)
    .join('\n');
}
