import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

/** Collects console errors and page errors so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Whitespace folded to single spaces, so text from the DOM compares with text from a file. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The results of a search as a reader counts them: the items of the list named "Search results"
 * (a result's sub-results are a list of their own inside it, so only the list's own items count).
 */
export function searchResults(scope: Page | Locator): Locator {
  return scope.getByRole('list', { name: 'Search results' }).locator(':scope > li');
}

/**
 * Opens `url` as a returning reader sees it, every web font drawn. The faces are
 * `font-display: optional`: one that misses its first frames stays out for that whole load, as a
 * busy machine makes happen, and a test measuring heights or edges would measure the fallback.
 */
export async function gotoWithFonts(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() =>
    Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined))),
  );
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * The counteroffer builder (the region its heading names), once Astro has hydrated it (the
 * island loses its `ssr` attribute) and it has read what the browser saved.
 */
export async function hydratedBuilder(page: Page, name = 'Build your counteroffer'): Promise<Locator> {
  const builder = page.getByRole('region', { name });
  const island = builder.locator('astro-island');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr');
  // The form stops being inert once the saved state has been read. Inert has no role, name or
  // state a reader meets, so the frame that carries it is found by its class.
  await expect(builder.locator('.co-frame')).not.toHaveAttribute('inert');
  return builder;
}

/**
 * The builder's summary line under "What it adds up to". Found by its class: the same words are
 * also announced in a live region, so its text alone would find two paragraphs.
 */
export function totalsSummary(builder: Locator): Locator {
  return builder.locator('.co-summary');
}

/** The builder's email draft, subject line and body. */
export function emailDraft(builder: Locator): Locator {
  return builder.getByRole('region', { name: 'Email' });
}

/** axe finds nothing on the page, or within `include` (a CSS selector); `where` names the state. */
export async function expectNoAxeViolations(page: Page, where: string, include?: string): Promise<void> {
  expect(await axeViolations(page, include), where).toEqual([]);
}

/** Records CSP violations and requests to other origins for the rest of the test. */
export async function watchSecurity(page: Page, origin: string) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });
  return { violations, foreign };
}
