// The site as Cloudflare Pages serves it (wrangler pages dev), built the way an author sets it
// up: settings in .env, a Substack export imported (the shared "host" build). Both the host's
// header policy and each page's <meta> policy apply here, as they do for readers.
import { expect, test } from '@playwright/test';
import { sharedBuild } from '../support/shared-builds.ts';
import { servePages } from '../support/wrangler.ts';
import { watchSecurity } from './helpers.ts';
import { builtPages } from './site-pages.ts';

let server: Awaited<ReturnType<typeof servePages>>;
let dist = '';
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  dist = await sharedBuild('host');
  server = await servePages(dist);
});
test.afterAll(() => server.close());

test('a reader signs up: the form reaches the provider, no policy refuses it', async ({ page }) => {
  // No request interception: Playwright's routing would answer before the policy is checked.
  // The provider is out of reach offline, so what counts is that the browser sends the form.
  const outcome = new Promise<string>((resolve) => {
    page.on('request', (request) => {
      if (request.method() === 'POST') resolve(`${request.url()} ${request.postData() ?? ''}`);
    });
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) resolve(message.text());
    });
  });
  await page.goto(`${server.url}/`);
  const form = page.locator('#subscribe form');
  await form.getByRole('textbox', { name: /email/i }).fill('reader@example.com');
  await form.getByRole('textbox', { name: /email/i }).press('Enter');
  expect(await outcome).toMatch(
    /^https:\/\/buttondown\.com\/api\/emails\/embed-subscribe\/careerquicktips .*email=reader%40example\.com/,
  );
});

test('no page breaks the host’s policy or its own', async ({ page }) => {
  const { violations } = await watchSecurity(page, server.url);
  for (const path of builtPages(dist)) {
    const response = await page.goto(`${server.url}${path}`);
    expect.soft(response?.status(), path).toBeLessThan(400);
    expect
      .soft(response?.headers()['content-security-policy'], path)
      .toContain("form-action 'self' https://buttondown.com");
  }
  expect(violations).toEqual([]);
});

test('an imported post’s old address answers with a permanent redirect to its issue', async ({ request }) => {
  const response = await request.get(`${server.url}/p/post-1/`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location'] ?? '', server.url).pathname).toBe('/issues/1/');
});

test('cache headers: hashed assets kept for good, pages and the search index revalidated', async ({
  page,
}) => {
  const assets: Record<string, string> = {};
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const kind = path.startsWith('/_astro/') ? 'asset' : path.startsWith('/pagefind/') ? 'index' : undefined;
    if (kind) assets[kind] = response.headers()['cache-control'] ?? '';
  });
  const home = await page.goto(`${server.url}/issues/57/`);
  expect(home?.headers()['cache-control']).toMatch(/max-age=0|no-cache/);
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Search' }).getByLabel('Search issues and tips').fill('recruiter');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('link').first()).toBeVisible();
  expect(assets['asset']).toBe('public, max-age=31536000, immutable');
  expect(assets['index']).toBe('public, max-age=0, must-revalidate');
});
