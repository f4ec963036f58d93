import { expect, test } from '@playwright/test';

const darkBackground = 'rgb(18, 20, 25)';

test('the theme toggle persists across reloads without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/issues/57/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);

  // Record the background of the first frame the browser renders: stylesheets block
  // rendering, so this is what the reader would see first.
  await page.addInitScript(() => {
    const record = (): void => {
      if (!document.body) {
        requestAnimationFrame(record);
        return;
      }
      (window as unknown as { firstBackground?: string }).firstBackground = getComputedStyle(
        document.body,
      ).backgroundColor;
    };
    requestAnimationFrame(record);
  });
  await page.reload();
  // Polled: the load event can come before the first frame's callback has run.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { firstBackground?: string }).firstBackground))
    .toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('follows the system colour scheme when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('body')).toHaveCSS('background-color', darkBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});
