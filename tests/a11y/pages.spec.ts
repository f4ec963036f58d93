import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../e2e/site-pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const setups = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
] as const;

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
    test(`passes axe, light and dark: ${path} (${setup.name})`, async ({ page }) => {
      // Two axe runs; the tool pages' long advice tables take axe a while on a busy machine.
      test.slow();
      await page.setViewportSize(setup.viewport);
      for (const scheme of ['light', 'dark'] as const) {
        await test.step(scheme, async () => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const summary = violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect.soft(summary, `${path} (${setup.name}, ${scheme})`).toEqual([]);
        });
      }
    });
  }
}

test('no page scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, path).toBeLessThanOrEqual(0);
  }
});
