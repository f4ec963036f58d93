// The benchmark's reference: a plain Astro site (a page per issue and a list of them, Astro's
// own Markdown, none of our integrations) built from the same issues in the same run, so each
// figure can be read as a ratio that travels between machines, as well as in seconds.
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus, type CorpusOptions } from '../tests/fixtures/corpus.ts';
import { root } from '../tests/support/temp-site.ts';

const FILES: Record<string, string> = {
  'package.json': '{ "type": "module", "private": true }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://plain.example', trailingSlash: 'always' });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  issues: defineCollection({ loader: glob({ pattern: '*.md', base: './content/issues' }) }),
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const issues = (await getCollection('issues')).sort((a, b) => b.data.number - a.data.number);
---
<html lang="en"><head><meta charset="utf-8" /><title>Issues</title></head>
<body><ul>{issues.map((issue) => <li><a href={\`/issues/\${issue.data.number}/\`}>{issue.data.title}</a></li>)}</ul></body></html>
`,
  'src/pages/issues/[number].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('issues')).map((issue) => ({ params: { number: String(issue.data.number) }, props: { issue } }));
}
const { issue } = Astro.props;
const { Content } = await render(issue);
---
<html lang="en"><head><meta charset="utf-8" /><title>{issue.data.title}</title></head>
<body><article><h1>{issue.data.title}</h1><Content /></article></body></html>
`,
};

/** Writes a reference site's own files into `dir`, and the corpus's issues as plain Markdown into its `issues` folder. */
export function writeReferenceSite(
  dir: string,
  files: Record<string, string>,
  issues: string,
  corpus: Omit<CorpusOptions, 'plain'>,
): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, issues), { recursive: true });
  for (const file of generateCorpus({ ...corpus, plain: true }))
    writeFileSync(join(dir, issues, file.name), file.content);
}

/** A plain Astro site holding the corpus's issues as Markdown, in a new temporary folder. */
export function makePlainSite(corpus: Omit<CorpusOptions, 'plain'>): string {
  const dir = mkdtempSync(join(tmpdir(), `newsletter-plain-${corpus.count}-`));
  writeReferenceSite(dir, FILES, 'content/issues', corpus);
  // Packages linked one by one, as in the site's own temporary copies, so caches stay apart.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  return dir;
}
