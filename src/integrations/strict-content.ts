import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles } from './dist-walk.ts';
import { activeContentError, isStrictContent } from '../lib/content/active-content.ts';
import { findActiveMarkup, renderedParts, sourceLine } from '../lib/content/active-html.ts';
import { readFrontmatter } from '../lib/content/frontmatter.ts';

/** Each issue's source file and text, by number. */
async function issueSources(dir: string): Promise<Map<number, { file: string; text: string }>> {
  const sources = new Map<number, { file: string; text: string }>();
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.mdx?$/.test(name));
  for (const name of names) {
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const number = Number(readFrontmatter(text).data?.['number']);
    if (Number.isInteger(number)) sources.set(number, { file, text });
  }
  return sources;
}

/**
 * A strict build (--strict or STRICT_CONTENT=1) reads what it wrote: every issue page's body,
 * feed item and email, parsed as a browser parses them, and fails on markup that runs code,
 * naming the issue's file and the line that first mentions it.
 */
export default function strictContent(issuesDir: string): AstroIntegration {
  return {
    name: 'newsletter:strict-content',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!isStrictContent(process.argv, process.env)) return;
        const outDir = fileURLToPath(dir);
        const files = [...(await builtHtmlFiles(outDir)), 'rss.xml', 'feed.json'];
        const sources = await issueSources(issuesDir);
        const lines = new Set<string>();
        for (const path of files) {
          const text = await readFile(join(outDir, path), 'utf8').catch(() => '');
          for (const part of renderedParts(path, text)) {
            const source = part.issue === undefined ? undefined : sources.get(part.issue);
            for (const found of findActiveMarkup(part.html)) {
              const line = source ? sourceLine(source.text, found.needles) : undefined;
              const where = source ? `${source.file}${line ? `:${line}` : ''}` : path;
              lines.add(`${where}: ${found.what} — ${found.excerpt} (in ${path})`);
            }
          }
        }
        if (lines.size > 0) throw new Error(activeContentError([...lines]));
      },
    },
  };
}
