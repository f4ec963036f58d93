import { readFrontmatter } from '../content/frontmatter.ts';

/** A tip as marked in an issue's MDX with `<Tip id="…" title="…">…</Tip>`. */
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

/**
 * Every tip in an issue's MDX source, in order. Throws an error naming the file, the tip and
 * the field when a tip has no title, a malformed or duplicate id, or no words.
 */
export function collectTips(source: string, file: string): Tip[] {
  const tips: Tip[] = [];
  const seen = new Set<string>();
  for (const match of source.matchAll(TIP_PATTERN)) {
    const attrs = attributes(match[1] ?? '');
    const id = attrs.get('id') ?? '';
    const title = (attrs.get('title') ?? '').trim();
    const text = plainText(match[2] ?? '');
    const where = `${file}: <Tip${id ? ` id="${id}"` : ''}>`;
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

/** Every tip in an issue file as written (frontmatter and body); the issues loader's one way in. */
export function collectIssueTips(fileText: string, file: string): Tip[] {
  return collectTips(readFrontmatter(fileText).body, file);
}

/** What an author reads who lists `tips` in the frontmatter: tips are marked where readers see them. */
export function tipsInFrontmatterMessage(file: string): string {
  return `${file}: "tips" is not a frontmatter field; mark each tip in the text with <Tip id="…" title="…">…</Tip> instead.`;
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
    plainText,
    collectTips,
    collectIssueTips,
  ]
    .map(String)
    .join('\n');
}
