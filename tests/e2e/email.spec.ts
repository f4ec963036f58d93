// The email edition in a real browser engine: issue #57's HTML, as `npm run email` writes it,
// at a phone's width and at the email's full 600 px, in light and dark.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { EMAIL_SITE_URL, sharedBuild } from '../support/shared-builds.ts';

// The email is a shared build (tests/support/shared-builds.ts): made once, by whichever
// process needs it first, and read by every worker.

let out = '';
let html = '';

test.beforeAll(async () => {
  test.setTimeout(900_000);
  out = await sharedBuild('email');
  html = await readFile(join(out, '057.html'), 'utf8');
});

/** Opens the email as a mail client would: from a string, with no network. */
async function openEmail(page: Page): Promise<void> {
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
}

for (const width of [375, 600]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reads at ${width} px in ${scheme} without sideways scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openEmail(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Quick Tip – Always Discuss the Job Offer',
      );
      await expect(page.getByRole('link', { name: 'Read it on the web' }).first()).toBeVisible();
      await expect(page.getByRole('link', { name: 'Unsubscribe' })).toHaveAttribute(
        'href',
        site.email.unsubscribeUrl,
      );
      await testInfo.attach(`email-057-${width}px-${scheme}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    });
  }
}

test('follows the reader’s colour scheme', async ({ page }) => {
  const colours = async () =>
    page.evaluate(() => {
      const heading = document.querySelector('h1');
      const card = heading?.closest('table');
      return {
        text: heading ? getComputedStyle(heading).color : '',
        card: card ? getComputedStyle(card).backgroundColor : '',
      };
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await openEmail(page);
  expect(await colours()).toEqual({ text: 'rgb(29, 31, 35)', card: 'rgb(253, 252, 250)' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours()).toEqual({ text: 'rgb(232, 230, 225)', card: 'rgb(30, 33, 39)' });
});

test('sends each widget’s button to the widget on the issue page', async ({ page }) => {
  await openEmail(page);
  const issueUrl = new URL('/issues/57/', EMAIL_SITE_URL).href;
  const buttons = await page
    .getByRole('link', { name: 'Use it on the website' })
    .evaluateAll((links) =>
      links.map((link) => ({ text: link.textContent, href: link.getAttribute('href') ?? '' })),
    );
  await page.unroute('**/*');
  await page.goto('/issues/57/');
  for (const { text, href } of buttons) {
    expect(text).toBe('Use it on the website');
    expect(href.startsWith(`${issueUrl}#`)).toBe(true);
    // The fragment names the element that carries data-widget, which the email edition reads:
    // that contract is what this checks, so it is found by id and attribute.
    const id = decodeURIComponent(new URL(href).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-widget', /.+/);
  }
  const widgets = await page
    .getByRole('article')
    .locator('[data-widget]')
    .evaluateAll(
      (elements) => elements.filter((element) => !element.parentElement?.closest('[data-widget]')).length,
    );
  expect(buttons).toHaveLength(widgets);
});
