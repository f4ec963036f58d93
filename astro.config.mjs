// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import searchUi from './src/integrations/search-ui.ts';
import { isSitemapPage } from './src/lib/feed/discovery.ts';

// BASE_PATH lets the same build serve from a sub-path (GitHub Pages project sites) with no
// code change; every internal link goes through src/lib/content/paths.ts to honour it.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), searchUi(), pagefind(), sitemap({ filter: isSitemapPage })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
