import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../e2e/site-pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const setups = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
] as const;

for (const setup of setups) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page passes axe: ${setup.name}, ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(setup.viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const pages = builtPages();
      expect(pages).toContain('/issues/57/');
      for (const path of pages) {
        await test.step(path, async () => {
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
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, path).toBeLessThanOrEqual(0);
  }
});
