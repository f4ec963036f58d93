import { expect, test, type Page } from '@playwright/test';

/** Resolves with the first request for Pagefind's own script, the start of loading search. */
function pagefindRequested(page: Page) {
  return page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/pagefind/pagefind.js'));
}

test.describe('search loads on the reader’s intent', () => {
  test('nothing of search loads with the page', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/issues/57/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/') || path.includes('search-ui'))).toEqual([]);
  });

  test('pointer over the search button starts loading Pagefind before any click', async ({ page }) => {
    await page.goto('/');
    const requested = pagefindRequested(page);
    await page.getByRole('link', { name: /Search/ }).hover();
    await requested;
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('focus on the search button starts loading Pagefind', async ({ page }) => {
    await page.goto('/about/');
    const requested = pagefindRequested(page);
    await page.getByRole('link', { name: /Search/ }).focus();
    await requested;
  });

  test('the shortcut opens search and finds results', async ({ page }) => {
    await page.goto('/');
    const requested = pagefindRequested(page);
    await page.keyboard.press('Control+k');
    await requested;
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox').fill('counteroffer');
    // The count is shown, then spoken by one of the announcer's status regions: what a screen
    // reader hears is the end of the search (the shown count alone would match twice after it).
    await expect(dialog.getByRole('status').filter({ hasText: /results? for/ })).toHaveText(
      /^\d+ results? for “counteroffer”\.$/,
    );
  });
});

test.describe('Speculation Rules', () => {
  test('every page carries rules for its own links only, allowed by the CSP', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.sample}`,
        );
      });
    });
    await page.goto('/');
    const rules = JSON.parse(
      (await page.locator('script[type="speculationrules"]').textContent()) ?? '{}',
    ) as {
      prefetch?: unknown[];
      prerender?: unknown[];
    };
    expect(rules.prefetch).toHaveLength(1);
    expect(rules.prerender).toHaveLength(1);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('hovering a link prefetches its page, in browsers that support the rules', async ({ page }) => {
    await page.goto('/');
    const supported = await page.evaluate(() => HTMLScriptElement.supports?.('speculationrules') ?? false);
    test.skip(!supported, 'this browser does not support Speculation Rules');
    const prefetched = page.waitForRequest(
      (request) =>
        new URL(request.url()).pathname === '/about/' &&
        /prefetch/.test(request.headers()['sec-purpose'] ?? ''),
    );
    await page.getByRole('contentinfo').getByRole('link', { name: 'About' }).hover();
    await prefetched;
  });
});
