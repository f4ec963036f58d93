// Which kind of export the author gave, from its files alone.
import { isButtondown, parseButtondown } from './buttondown.ts';
import { feedKind, parseFeed } from './feed.ts';
import { isGhost, parseGhost } from './ghost.ts';
import { isMarkdownFolder, parseMarkdownFolder } from './markdown-folder.ts';
import { readText, type ParsedSource, type SourceFiles, type SourceKind } from './model.ts';
import { parseSubstack } from './substack.ts';

/** The kinds, as the error for an unknown export lists them. */
const KNOWN =
  'an RSS or Atom feed file, a Substack export (posts.csv and posts/), a Buttondown export (emails.csv or emails.json), ' +
  'a Ghost JSON export, or a folder of Markdown files with frontmatter';

/** The export's kind and the file that decided it. */
export function detectSource(files: SourceFiles): { kind: SourceKind; file?: string } {
  if (files.paths.includes('posts.csv')) return { kind: 'substack', file: 'posts.csv' };
  if (isButtondown(files)) return { kind: 'buttondown' };
  for (const path of files.paths.filter((p) => /\.json$/i.test(p))) {
    try {
      if (isGhost(JSON.parse(readText(files, path) ?? ''))) return { kind: 'ghost', file: path };
    } catch {
      // Not JSON, or not Ghost's: keep looking.
    }
  }
  for (const path of files.paths.filter((p) => /\.(xml|rss|atom)$/i.test(p) || files.paths.length === 1)) {
    const kind = feedKind(readText(files, path) ?? '');
    if (kind) return { kind, file: path };
  }
  if (isMarkdownFolder(files)) return { kind: 'markdown' };
  throw new Error(`${files.name} is not an export the import knows. Give it ${KNOWN}.`);
}

/** Every post of an export, whatever its kind. `site` names the old site for Substack's paths. */
export function readSource(files: SourceFiles, site?: string): ParsedSource {
  const { kind, file } = detectSource(files);
  switch (kind) {
    case 'substack':
      return parseSubstack(files, site);
    case 'buttondown':
      return parseButtondown(files);
    case 'ghost':
      return parseGhost(JSON.parse(readText(files, file as string) as string));
    case 'rss':
    case 'atom':
      return parseFeed(readText(files, file as string) as string);
    case 'markdown':
      return parseMarkdownFolder(files);
  }
}
