import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fold, watchConsole } from './helpers.ts';
import { builtFile, builtPages } from './site-pages.ts';
import { site } from '../../src/site.config.ts';

const seed = readFileSync(
  new URL('../fixtures/issue-057-always-discuss-the-job-offer.txt', import.meta.url),
  'utf8',
);
const [seedTitle = '', seedSubtitleLine = '', ...seedParagraphs] = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

test.describe('issue #57', () => {
  test('shows the label, title, subtitle, date, reading time and topics', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/issues/57/');
    await expect(page).toHaveTitle(/Quick Tip – Always Discuss the Job Offer/);
    await expect(page.getByText('Issue #57', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle);
    const issue = page.getByRole('article', { name: seedTitle });
    const subtitle = seedSubtitleLine.replace(/\s*–\s*Issue #57$/, '');
    await expect(issue.getByText(subtitle, { exact: true })).toBeVisible();
    await expect(issue.getByRole('time').first()).toHaveAttribute('datetime', '2026-11-25');
    await expect(issue.getByText(/\d+ min read/)).toBeVisible();
    const topics = page.getByRole('list', { name: 'Topics' }).getByRole('listitem');
    // Display names from content/topics.yaml. On a one-issue site no topic has a page of its own
    // (each would list this issue alone), so none is a link; the 300-issue fixture's are.
    await expect(topics).toHaveText(['Negotiation', 'Offers', 'Career']);
    await expect(topics.getByRole('link')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('contains every paragraph of the author’s text, word for word', async ({ page }) => {
    await page.goto('/issues/57/');
    const body = fold(await page.getByRole('article', { name: seedTitle }).innerText());
    expect(seedParagraphs.length).toBeGreaterThan(10);
    for (const paragraph of seedParagraphs) expect(body).toContain(fold(paragraph));
  });

  test('gives the reader’s question as a quotation and headings stable ids', async ({ page }) => {
    await page.goto('/issues/57/');
    const issue = page.getByRole('article', { name: seedTitle });
    await expect(issue.getByRole('blockquote')).toContainText('Declined a non-competitive offer');
    await expect(issue.getByText('The level is simply too low')).toBeVisible();
    // Each section heading of the author's text keeps the anchor links point to (the widget's
    // own h2 in between is not one of them).
    const sections = [
      ['Why they want to talk', 'why-they-want-to-talk'],
      ['When the offer can’t work', 'when-the-offer-cant-work'],
      ['Be ready with your counteroffer', 'be-ready-with-your-counteroffer'],
      ['Don’t burn the bridge', 'dont-burn-the-bridge'],
    ] as const;
    for (const [name, id] of sections) {
      await expect(issue.getByRole('heading', { name, level: 2, exact: true })).toHaveAttribute('id', id);
    }
  });
});

test('pages without a widget request no script file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const withoutWidgets = builtPages().filter(
    (path) => !readFileSync(builtFile(path), 'utf8').includes('<astro-island'),
  );
  expect(withoutWidgets).toEqual(expect.arrayContaining(['/', '/issues/', '/topics/', '/about/', '/tips/']));
  for (const path of withoutWidgets) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts).toEqual([]);
});

test('the home page leads with the latest issue and the signup box', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest issue' });
  await expect(latest).toContainText('Issue #57');
  await expect(latest).toContainText('25 November 2026');
  await expect(
    latest.getByRole('link', { name: 'Quick Tip – Always Discuss the Job Offer' }),
  ).toHaveAttribute('href', '/issues/57/');
  // The signup box: a form when a provider is set, the RSS feed until then.
  await expect(page.getByRole('region', { name: 'Follow new issues' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Follow the RSS feed' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'All issues' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Should I take the call\?/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Counteroffer builder/ })).toBeVisible();
});

test('the archive lists issues by year with number, title, date and description', async ({ page }) => {
  await page.goto('/issues/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All issues');
  const year = page.getByRole('region', { name: '2026' });
  await expect(year.getByRole('heading', { name: 'Quick Tip – Always Discuss the Job Offer' })).toBeVisible();
  await expect(year).toContainText('Issue #57');
  await expect(year.locator('time')).toHaveAttribute('datetime', '2026-11-25');
  await expect(year).toContainText('Take the call');
});

test('with one issue, browsing shows no filter, year list or topic page that would repeat it', async ({
  page,
}) => {
  await page.goto('/topics/');
  await expect(page.getByRole('main')).toContainText(
    'The first issue is about Career, Negotiation and Offers.',
  );
  await expect(page.getByRole('main').getByRole('link', { name: /Negotiation/ })).toHaveCount(0);
  expect(builtPages().filter((path) => /^\/(topics\/.|issues\/year\/)/.test(path))).toEqual([]);
  await page.goto('/issues/');
  await expect(page.getByRole('navigation', { name: 'Issues by year' })).toHaveCount(0);
  await page.goto('/tips/');
  await expect(page.getByRole('navigation', { name: 'Tips by topic' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'All tips' }).getByRole('listitem')).not.toHaveCount(0);
});

test('the about page explains the newsletter and holds the signup box', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('About');
  await expect(page.getByRole('region', { name: 'Follow new issues' })).toBeVisible();
});

test('with no signup provider, nothing invites a reader to subscribe by email', async ({ page }) => {
  for (const path of ['/', '/about/', '/issues/57/']) {
    await page.goto(path);
    const signup = page.locator('.signup');
    await expect(signup, path).toHaveCount(1);
    await expect(signup.getByRole('link', { name: 'Follow the RSS feed' })).toHaveAttribute(
      'href',
      '/rss.xml',
    );
    for (const part of [page.getByRole('banner'), page.getByRole('contentinfo'), signup])
      await expect.soft(part, path).not.toContainText(/subscribe|by email|inbox/i);
  }
});

test('an unknown URL gets a 404 page that helps', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'All issues' })).toBeVisible();
});

test('keyboard: the skip link is first and moves focus to main', async ({ page }) => {
  await page.goto('/issues/57/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('tips: each tip in the issue has an anchor, and /tips/ links back to it', async ({ page }) => {
  // A link to the tip's anchor lands the reader on the tip.
  await page.goto('/issues/57/#never-burn-a-bridge');
  const tip = page.getByRole('complementary', { name: 'Tip: Never burn a bridge' });
  await expect(tip).toContainText('Again, don’t burn that bridge. You never know what the future holds.');
  await expect(tip).toBeInViewport();

  await page.goto('/tips/');
  const tips = page.getByRole('list', { name: 'All tips' });
  await expect(tips.getByRole('heading', { name: 'Never burn a bridge' })).toBeVisible();
  await tips.getByRole('link', { name: 'Read it in issue #57' }).last().click();
  await expect(page).toHaveURL(/\/issues\/57\/#never-burn-a-bridge$/);
});

test('every issue is signed from site.config.ts, and the author card never links to its own page', async ({
  page,
}) => {
  await page.goto('/issues/57/');
  const byline = page.getByRole('article').getByRole('link', { name: site.author.name });
  await expect(byline).toHaveAttribute('rel', 'author');
  await expect(byline).toHaveAttribute('href', '/about/');
  await page.goto('/about/');
  const card = page.getByRole('region', { name: `Written by ${site.author.name}` });
  await expect(card).toBeVisible();
  await expect(card.locator('a[href="/about/"]')).toHaveCount(0);
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: `Written by ${site.author.name}` }).getByRole('link'),
  ).toHaveAttribute('href', '/about/');
});

test('social links are the author’s own, never a site’s home page', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('contentinfo').locator('a[rel="me"]');
  await expect(links).toHaveCount(site.social.length);
  for (const url of await links.evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href)))
    expect(new URL(url).pathname, url).not.toBe('/');
});
