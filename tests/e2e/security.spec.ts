import { expect, test } from '@playwright/test';
import { searchResults, watchConsole, watchSecurity } from './helpers.ts';
import { builtPages } from './site-pages.ts';

test('every page: a CSP meta tag, no violation, no console error, no request off the site', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const { violations, foreign } = await watchSecurity(page, new URL(baseURL ?? '').origin);
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect.soft(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect.soft(csp, path).not.toContain('unsafe-inline');
  }
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors.filter((error) => !/404 \(Not Found\)/.test(error))).toEqual([]);
});

test('widgets used and search run under the CSP: no violation, no console error', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const { violations, foreign } = await watchSecurity(page, new URL(baseURL ?? '').origin);
  await page.goto('/issues/57/');
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', '');
  }
  // Use each widget a little: any first radio and Continue, any first money field.
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).first().click();
  const money = page.getByRole('textbox', { name: /Base salary/ }).first();
  await money.fill('$185,000');
  await money.blur();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByLabel('Search issues and tips').fill('bridge');
  await expect(searchResults(dialog).first()).toBeVisible();
  await dialog.getByRole('link', { name: 'Tip: Never burn a bridge' }).first().click();
  await expect(page.locator('mark').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
