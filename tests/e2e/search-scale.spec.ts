import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateCorpus } from '../fixtures/corpus.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildTempSite, makeTempSite } from '../support/temp-site.ts';

// One build of 300 synthetic issues (every 25th a draft), shared by the tests below.
test.describe.configure({ mode: 'serial' });

const PLANTED = 'zygomorphic';
let site: { url: string; close: () => Promise<void> };
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = makeTempSite('search-scale');
  const files = generateCorpus({ count: 300, seed: 300, plant: [137, PLANTED], draftEvery: 25 });
  for (const file of files) writeFileSync(join(dir, 'content/issues', file.name), file.content);
  const { status, output } = buildTempSite(dir);
  expect(status, output.slice(-3000)).toBe(0);
  site = await serveStatic(join(dir, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a word planted in one of 300 issues finds exactly that issue', async ({ page }) => {
  await page.goto(`${site.url}/search/?q=${PLANTED}`);
  const results = page.locator('.search-results > li');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Issue #137');
  await expect(page.locator('.search-count')).toHaveText(`1 result for “${PLANTED}”.`);
});

test('drafts are neither built nor indexed', async ({ page, request }) => {
  expect((await request.get(`${site.url}/issues/25/`)).status()).toBe(404);
  expect((await request.get(`${site.url}/issues/26/`)).status()).toBe(200);
  await page.goto(`${site.url}/search/?q=issue%2025`);
  await expect(page.locator('.search-count')).toHaveText(/results? for/);
  await expect(page.locator('.search-results')).not.toContainText('Issue #25 ·');
});

test('a common word is capped at a page of results with a way to see more', async ({ page }) => {
  await page.goto(`${site.url}/search/?q=recruiter`);
  await expect(page.locator('.search-results > li')).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('.search-results > li')).toHaveCount(20);
  await expect(page.locator('.search-result-title').nth(10)).toBeFocused();
});
