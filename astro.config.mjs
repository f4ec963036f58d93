// @ts-check
// First: the author's .env joins process.env before any module reads a setting.
import './src/load-env.ts';
import { defineConfig } from 'astro/config';
import { fonts } from './src/styles/fonts.ts';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { settings } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import searchUi from './src/integrations/search-ui.ts';
import shareCards from './src/integrations/share-cards.ts';
import settingsIntegration from './src/integrations/settings.ts';
import strictContent from './src/integrations/strict-content.ts';
import { formActionSources } from './src/lib/signup/form.ts';
import { inlineScriptHashes } from './src/inline-scripts/inline-script.ts';
import { speculationRulesHash } from './src/lib/navigation/speculation-rules.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { tipDirectivePlugin } from './src/integrations/tip-directive.ts';
import { isSitemapPage } from './src/lib/syndication/discovery.ts';
import { isRedirectPage } from './src/collections/redirects.ts';

// BASE_PATH lets the same build serve from a sub-path (GitHub Pages project sites) with no
// code change; every internal link goes through src/lib/paths/ (src/href.ts in pages) to honour it.
const { base, siteUrl } = settings;

export default defineConfig({
  site: siteUrl,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Only .tsx holds JSX: @astrojs/preact otherwise runs Babel over every .ts module of both
    // bundles, about 0.7 s of CPU in each build. The islands' bytes are the same either way.
    preact({ include: [/\.tsx$/] }),
    searchUi(),
    pagefind(),
    shareCards(),
    strictContent(process.env.ISSUES_DIR ?? './content/issues'),
    settingsIntegration(settings),
    sitemap({ filter: (url) => isSitemapPage(url) && !isRedirectPage(url, base) }),
  ],
  // Stylesheets as files, never inline <style>: Astro's CSP does not hash the styles of
  // components used inside MDX content, so inlined ones would be blocked. Files are cached too.
  // Four pages render at once: at 1,000 issues that took the clean build from 46 s to 43 s and
  // the warm one from 27 s to 23 s on two cores, as rendering waits on the disk and the cache.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Shiki colours code with inline styles, which the CSP below forbids; issues have no code.
  // Directives for tips in Markdown (`:::tip{#id title="…"}`); MDX issues inherit the processor.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      features: { directive: true },
      mdastPlugins: [baseLinksPlugin(base), tipDirectivePlugin()],
    }),
  },
  devToolbar: { enabled: false },
  // A reading face and a UI face from Fontsource packages, with optimized fallbacks: src/styles/fonts.ts.
  fonts,
  vite: {
    plugins: [
      {
        // Every MDX issue carries Astro's "use astro:head-inject" directive and the bundler
        // warns once per issue; Astro handles the directive, so at scale it is only noise.
        name: 'newsletter:quiet-mdx-directive',
        onLog: (_level, log) => log.code !== 'MODULE_LEVEL_DIRECTIVE',
      },
    ],
  },
  // A strict policy in a <meta> tag on every page: Astro hashes its own scripts and styles,
  // so nothing needs 'unsafe-inline'. Pagefind's search runs WebAssembly, hence
  // 'wasm-unsafe-eval' (it allows compiling Wasm, not JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // The signup form posts to the author's email provider: that one origin, nothing wider.
        `form-action ${formActionSources(settings.signup)}`,
      ],
      // The Speculation Rules block is allowed by its hash, not 'inline-speculation-rules', so
      // injected rules could not prefetch anything.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [...inlineScriptHashes(), speculationRulesHash(base)],
      },
    },
  },
});
