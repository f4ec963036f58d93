import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { searchResults, watchConsole } from './helpers.ts';

/** Waits for the /search/ island to hydrate and Pagefind to load its filters. */
async function searchPage(page: Page, query = '') {
  await page.goto(`/search/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  // Options show each topic's display name; their values are slugs.
  await expect(page.getByLabel('Topic')).toContainText('Negotiation');
}

test('"counteroffer" finds issue #57 with a sub-result', async ({ page }) => {
  const errors = watchConsole(page);
  await searchPage(page);
  await page.getByLabel('Search issues and tips').fill('counteroffer');
  const result = searchResults(page).filter({ hasText: 'Issue #57' });
  await expect(result.getByRole('link', { name: 'Quick Tip – Always Discuss the Job Offer' })).toBeVisible();
  await expect(result).toContainText('25 November 2026');
  await expect(result.locator('mark').first()).toHaveText(/counteroffer/i);
  // The sub-results: links to sections of the issue, in a list of their own.
  await expect(result.getByRole('list').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/issues\/57\/.*#[a-z-]+$/,
  );
  await expect(page).toHaveURL(/\/search\/\?q=counteroffer$/);
  expect(errors).toEqual([]);
});

test('"bridge" finds the tip, and its link lands on the tip with the term highlighted', async ({ page }) => {
  await searchPage(page, '?q=bridge');
  const tipLink = page.getByRole('link', { name: 'Tip: Never burn a bridge' }).first();
  await expect(tipLink).toBeVisible();
  await tipLink.click();
  await expect(page).toHaveURL(/\/issues\/57\/\?pagefind-highlight=bridge#never-burn-a-bridge$/);
  const tip = page.getByRole('complementary', { name: 'Tip: Never burn a bridge' });
  await expect(tip.locator('mark').first()).toHaveText(/bridge/i);
});

test('the topic and kind filters narrow the results and stay in the URL', async ({ page }) => {
  await searchPage(page, '?q=offer');
  const results = searchResults(page);
  // Each result says where it is from ("Issue #57 · …", "Tips", "Tool") on a line of its own.
  const labelled = (label: RegExp) => results.filter({ has: page.getByText(label) });
  await expect(labelled(/^Tool$/)).not.toHaveCount(0);
  await page.getByLabel('Topic').selectOption('negotiation');
  await expect(labelled(/^Tool$/)).toHaveCount(0);
  await expect(labelled(/^Issue #57 ·/)).toHaveCount(1);
  await page.getByLabel('Kind').selectOption('tip');
  await expect(results).toHaveCount(1);
  await expect(labelled(/^Tips$/)).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=offer&topic=negotiation&kind=tip$/);
});

test('issue 15, case 8: a filter from the URL shows, even one the site does not know, and says so', async ({
  page,
}) => {
  await searchPage(page, '?q=offer&topic=doesnotexist&kind=podcast');
  await expect(page.getByLabel('Topic')).toHaveValue('doesnotexist');
  await expect(page.getByLabel('Topic').locator('option:checked')).toHaveText('doesnotexist (unknown)');
  // The line that says which filters apply, with the button that clears them.
  const filtering = page
    .getByRole('paragraph')
    .filter({ has: page.getByRole('button', { name: 'Clear filters' }) });
  await expect(filtering).toContainText('Filtered by topic: “doesnotexist” (no topic has that name).');
  await expect(filtering).toContainText('Not used from the link: kind: “podcast”');
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toContainText('Filtered by topic');
  await filtering.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('Topic')).toHaveValue('');
  await expect(searchResults(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=offer$/);

  await page.getByLabel('Topic').selectOption('negotiation');
  await expect(filtering).toHaveText(/^Filtered by topic: Negotiation\./);
});

test('?q= restores the search, and Back from a result brings it back', async ({ page }) => {
  await searchPage(page, '?q=bridge&kind=issue');
  await expect(page.getByLabel('Search issues and tips')).toHaveValue('bridge');
  await expect(page.getByLabel('Kind')).toHaveValue('issue');
  await page.getByRole('link', { name: 'Quick Tip – Always Discuss the Job Offer' }).click();
  await expect(page).toHaveURL(/\/issues\/57\//);
  await page.goBack();
  await expect(page.getByLabel('Search issues and tips')).toHaveValue('bridge');
  await expect(page.getByRole('link', { name: 'Quick Tip – Always Discuss the Job Offer' })).toBeVisible();
});

test('keyboard only: Ctrl+K opens the dialog, arrows move through results, Esc returns focus', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  const button = page.getByRole('link', { name: /Search/ });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel('Search issues and tips');
  await expect(input).toBeFocused();
  await page.keyboard.type('bridge');
  // The count is read from one of the announcer's two regions (they take turns).
  await expect(dialog.getByRole('status').filter({ hasText: 'bridge' })).toHaveText(
    /\d+ results? for “bridge”/,
  );
  await page.keyboard.press('ArrowDown');
  const links = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  const first = links.first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await button.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(issues|tips|tools)\//);
  expect(errors).toEqual([]);
});

test('no search code or index is requested until search opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/issues/57/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);
  await page.getByRole('link', { name: /Search/ }).click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect.poll(() => requests.some((path) => path.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(requests.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path))).toBe(true);
});

test('axe finds no violations on the search page with results and in the dialog', async ({ page }) => {
  await searchPage(page, '?q=bridge');
  await expect(searchResults(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Control+K');
  await expect(page.getByLabel('Search issues and tips')).toBeFocused();
  await page.goto('/tips/');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByLabel('Search issues and tips').fill('offer');
  await expect(searchResults(dialog).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/search/ explains it needs JavaScript and links to the archive, topics and tips', async ({
    page,
  }) => {
    await page.goto('/search/');
    const main = page.getByRole('main');
    await expect(main).toContainText('Search needs JavaScript');
    await expect(main.getByRole('link', { name: 'All issues' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Topics' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Every tip' })).toBeVisible();
    await expect(page.getByLabel('Search issues and tips')).toBeHidden();
  });

  test('the header search button is a plain link to /search/', async ({ page }) => {
    await page.goto('/issues/57/');
    await page.getByRole('link', { name: /Search/ }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

test('the dialog closes on a click outside it, not on one inside its edge', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  if (!box) throw new Error('The dialog has no box');
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  await expect(dialog).toBeVisible();
  await page.mouse.click(box.x / 2, box.y + box.height / 2);
  await expect(dialog).toBeHidden();
});
