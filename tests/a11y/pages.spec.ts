import { expect, test as base, type Page } from '@playwright/test';
import { builtPages } from '../e2e/site-pages.ts';
import { axeViolations } from '../support/axe.ts';

const setups = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
] as const;

// The sweep only reads pages, so each worker keeps one page for all its sweep tests instead of
// a new browser context per test: that saves the context and a fresh renderer, and axe's 550 KB
// script is compiled once per worker rather than once per test (about a second of CPU each).
// A worker whose test failed is replaced, and its page with it.
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const page = await browser.newPage(baseURL ? { baseURL } : {});
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

// One test per built page and viewport (pages are read when the specs are collected;
// playwright.config.ts builds the site first), so the sweep spreads over every worker and a
// new page is covered the moment it exists.
const pages = builtPages();

test('the sweep covers the site', () => {
  expect(pages).toContain('/issues/57/');
  expect(pages).toContain('/');
});

for (const path of pages) {
  for (const setup of setups) {
    test(`passes axe, light and dark: ${path} (${setup.name})`, async ({ sweepPage: page }) => {
      // Two axe runs; the tool pages' long advice tables take axe a while on a busy machine.
      test.slow();
      await page.setViewportSize(setup.viewport);
      for (const scheme of ['light', 'dark'] as const) {
        await test.step(scheme, async () => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          expect.soft(await axeViolations(page), `${path} (${setup.name}, ${scheme})`).toEqual([]);
        });
      }
    });
  }
}
