// The yardstick for a clean build: Starlight, a docs site with its built-in Pagefind
// search, built from the same issues in the same run (`npm run bench -- --starlight`). Starlight
// and its tree are not among the project's dependencies: they are installed on demand into a
// cache folder outside the repository, beside the same Astro version the site uses.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CorpusOptions } from '../tests/fixtures/corpus.ts';
import { root } from '../tests/support/temp-site.ts';
import { writeReferenceSite } from './plain.ts';

/** The Starlight release measured: the first whose peer range accepts Astro 7 is 0.42. */
export const STARLIGHT_VERSION = '0.42.4';

const FILES: Record<string, string> = {
  // A sidebar of one link: the default lists every page on every page, which no docs site of a
  // thousand pages would ship and which would make Starlight's pages, not its build, the cost.
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://starlight.example',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'Issues', sidebar: [{ label: 'Home', link: '/' }] })],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: Issues\n---\n\nEvery issue of the newsletter.\n',
};

/** The cache folder holding Starlight and the site's Astro version, installed when absent. */
export function installStarlight(): string {
  const astro = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const cache = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  const dir = join(cache, 'newsletter-bench', `starlight-${STARLIGHT_VERSION}-astro-${astro}`);
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  console.log(`Installing Starlight ${STARLIGHT_VERSION} with Astro ${astro} into ${dir}…`);
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `@astrojs/starlight@${STARLIGHT_VERSION}`, `astro@${astro}`],
    { cwd: dir, stdio: 'inherit' },
  );
  return dir;
}

/**
 * The corpus's issues as a Starlight site's docs pages, written into the install's folder: the
 * site must sit above its node_modules, since Astro cannot compile Starlight's components
 * reached through links from a folder elsewhere. What a former run left there is removed first.
 */
export function makeStarlightSite(installed: string, corpus: Omit<CorpusOptions, 'plain'>): string {
  clearStarlightSite(installed);
  writeReferenceSite(installed, FILES, 'src/content/docs/issues', corpus);
  return installed;
}

/** Removes a Starlight site from the install's folder, keeping the packages. */
export function clearStarlightSite(installed: string): void {
  for (const left of ['src', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(installed, left), { recursive: true, force: true });
}
