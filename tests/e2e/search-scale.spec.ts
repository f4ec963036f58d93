import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import {
  ARCHIVE_FRONT_SIZE,
  TIP_PAGE_SIZE,
  TIPS_ON_FRONT,
  TOPIC_PAGE_SIZE,
} from '../../src/lib/content/pages.ts';
import { FIRST_SCREEN, RESULTS_PAGE } from '../../src/lib/search/paging.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic } from '../support/static-server.ts';
import { generateCorpus } from '../fixtures/corpus.ts';
import { SCALE_CORPUS, SCALE_PLANTED_WORD as PLANTED, sharedBuild } from '../support/shared-builds.ts';
import { searchResults } from './helpers.ts';

// The shared build of 300 synthetic issues (every 25th a draft), served once per worker.
// Searching 300 issues on a busy machine can take seconds: every wait below is on what the
// reader sees (a count, a list), bounded by the test's own timeout, never a short fixed one.
const waitFor = expect.configure({ timeout: 0 });

let site: { url: string; close: () => Promise<void> };
let dist: string;

test.beforeAll(async () => {
  // A build, when no earlier run left a fresh one: minutes on a loaded machine.
  test.setTimeout(900_000);
  dist = await sharedBuild('scale-300');
  site = await serveStatic(dist);
});

test.afterAll(async () => {
  await site?.close();
});

test('a word planted in one of 300 issues finds exactly that issue', async ({ page }) => {
  await page.goto(`${site.url}/search/?q=${PLANTED}`);
  // The announcer writes to one of its two status regions in turn: find the one that speaks.
  await waitFor(page.getByRole('status').filter({ hasText: PLANTED })).toHaveText(
    `1 result for “${PLANTED}”.`,
  );
  const results = searchResults(page);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Issue #137');
});

test('drafts are neither built nor indexed', async ({ page, request }) => {
  expect((await request.get(`${site.url}/issues/25/`)).status()).toBe(404);
  expect((await request.get(`${site.url}/issues/26/`)).status()).toBe(200);
  await page.goto(`${site.url}/search/?q=issue%2025`);
  await waitFor(page.getByRole('status').filter({ hasText: /results? for/ })).toHaveText(/results? for/);
  await expect(page.getByRole('list', { name: 'Search results' })).not.toContainText('Issue #25 ·');
});

test('a common word shows a first screen, the page’s rest as the reader nears it, and a way to see more', async ({
  page,
}) => {
  const fragments: string[] = [];
  page.on('request', (request) => request.url().includes('.pf_fragment') && fragments.push(request.url()));
  await page.goto(`${site.url}/search/?q=recruiter`);
  await waitFor(searchResults(page)).not.toHaveCount(0);
  const first = await searchResults(page).count();
  // Each result shown is one download of its page's data; none is fetched before it is wanted.
  expect(first).toBeLessThanOrEqual(FIRST_SCREEN);
  expect(fragments.length).toBe(first);
  await page.getByRole('button', { name: 'Show more results' }).scrollIntoViewIfNeeded();
  await waitFor(searchResults(page)).toHaveCount(RESULTS_PAGE);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await waitFor(searchResults(page)).toHaveCount(2 * RESULTS_PAGE);
  // Focus goes to the first new result's title link.
  await expect(searchResults(page).nth(RESULTS_PAGE).getByRole('link').first()).toBeFocused();
});

test('in the dialog, arrowing into the results loads the rest of the page before the reader gets there', async ({
  page,
}) => {
  await page.goto(`${site.url}/issues/26/`);
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByLabel('Search issues and tips').fill('recruiter');
  await waitFor(searchResults(dialog)).not.toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await waitFor(searchResults(dialog)).toHaveCount(RESULTS_PAGE);
});

test('the feeds carry the latest issues only, newest first', async ({ request }) => {
  const xml = await (await request.get(`${site.url}/rss.xml`)).text();
  const items = [
    (new XMLParser().parse(xml) as { rss: { channel: { item: { title: string }[] } } }).rss.channel.item,
  ].flat();
  expect(items).toHaveLength(siteConfig.feedLimit);
  expect(items[0]?.title).toMatch(/^#299: /);
  const json = (await (await request.get(`${site.url}/feed.json`)).json()) as { items: { title: string }[] };
  expect(json.items.map((item) => item.title)).toEqual(items.map((item) => item.title));
});

test('a tip marked with :::tip in Markdown reads, looks and links as one marked <Tip> in MDX', async ({
  page,
}) => {
  const files = generateCorpus(SCALE_CORPUS);
  const withTip = (syntax: string) => files.find((file) => !file.draft && file.content.includes(syntax));
  const markdown = withTip(':::tip{');
  const mdx = withTip('<Tip ');
  expect(markdown?.name).toMatch(/\.md$/);
  expect(mdx?.name).toMatch(/\.mdx$/);
  const tipOf = async (number: number) => {
    await page.goto(`${site.url}/issues/${number}/`);
    const tip = page.getByRole('complementary', { name: /^Tip: / }).first();
    await expect(tip.getByRole('heading', { level: 3 })).toHaveText(/^Tip: \S/);
    return tip.evaluate((aside) => {
      // Its shape (elements and classes, no words) and how it is drawn.
      const shape = (element: Element): string =>
        `${element.localName}.${element.className}(${[...element.children].map(shape).join(',')})`;
      const { borderInlineStart, backgroundColor, padding } = getComputedStyle(aside);
      const title = getComputedStyle(aside.querySelector('h3') as Element);
      return {
        shape: shape(aside),
        borderInlineStart,
        backgroundColor,
        padding,
        font: title.font,
        id: aside.querySelector('h3')?.id,
      };
    });
  };
  const fromMarkdown = await tipOf(markdown?.number ?? 0);
  const fromMdx = await tipOf(mdx?.number ?? 0);
  expect({ ...fromMarkdown, id: undefined }).toEqual({ ...fromMdx, id: undefined });
  expect(fromMarkdown.borderInlineStart).toMatch(/^4px solid/);
  // The loader collected it: the tips pages link to its anchor.
  const tipPages = readdirSync(join(dist, 'tips'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  const anchor = `href="/issues/${markdown?.number}/#${fromMarkdown.id}"`;
  expect(tipPages.some((file) => readFileSync(join(dist, 'tips', file), 'utf8').includes(anchor))).toBe(true);
});

/** How many issue cards a built page lists. */
function cards(path: string): number {
  return (readFileSync(join(dist, path, 'index.html'), 'utf8').match(/<article/g) ?? []).length;
}

test('the archive is split by year, its front page holding the latest issues', async ({ page }) => {
  expect(cards('issues')).toBe(ARCHIVE_FRONT_SIZE);
  await page.goto(`${site.url}/issues/`);
  const years = page.getByRole('navigation', { name: 'Issues by year' }).getByRole('link');
  await expect(years.first()).toHaveText('2025');
  const count = await years.count();
  expect(count).toBeGreaterThan(4);
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const year = (await years.nth(index).textContent())?.trim() ?? '';
    total += cards(`issues/year/${year}`);
  }
  // 300 issues, every 25th a draft.
  expect(total).toBe(288);
  await years.last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Issues from 2020');
  await expect(page.getByRole('link', { name: '2020' })).toHaveAttribute('aria-current', 'page');
});

test('a topic with more issues than a page holds is split into pages', async ({ page }) => {
  const index = readFileSync(join(dist, 'topics/index.html'), 'utf8');
  const topics = [
    // Each topic's link holds its name and its count: "Career (12 issues)".
    ...index.matchAll(/href="\/topics\/([^/"]+)\/"[^>]*>(?:(?!<\/a>).)*?\((\d+) issues?\)/g),
  ].map((match) => ({ slug: match[1] ?? '', count: Number(match[2]) }));
  expect(topics.length).toBeGreaterThan(0);
  for (const { slug, count } of topics) {
    const pages = Math.ceil(count / TOPIC_PAGE_SIZE);
    let listed = 0;
    for (let number = 1; number <= pages; number += 1) {
      const listedHere = cards(number === 1 ? `topics/${slug}` : `topics/${slug}/${number}`);
      expect(listedHere, `${slug}, page ${number}`).toBeLessThanOrEqual(TOPIC_PAGE_SIZE);
      listed += listedHere;
    }
    expect(listed, slug).toBe(count);
    expect(existsSync(join(dist, 'topics', slug, String(pages + 1))), slug).toBe(false);
  }
  const split = topics.find((topic) => topic.count > TOPIC_PAGE_SIZE);
  expect(split, 'a topic long enough to need a second page').toBeDefined();
  await page.goto(`${site.url}/topics/${split?.slug}/`);
  await page
    .getByRole('navigation', { name: /^Pages of / })
    .getByRole('link', { name: 'Older' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/topics/${split?.slug}/2/$`));
});

/** How many tips a built page lists. */
function tips(path: string): number {
  return (readFileSync(join(dist, path, 'index.html'), 'utf8').match(/<li class="tip"/g) ?? []).length;
}

test('/tips/ shows the newest tips and links to every tip, topic by topic, page by page', async ({
  page,
}) => {
  await page.goto(`${site.url}/tips/`);
  expect(tips('tips')).toBe(TIPS_ON_FRONT);
  const more = page
    .getByRole('navigation', { name: 'Every tip by topic' })
    .getByRole('link', { name: /^All \d+ tips on / });
  await expect(more.first()).toBeVisible();
  const [, total = '0', topic = ''] =
    /^All (\d+) tips on (.+)$/.exec((await more.first().textContent()) ?? '') ?? [];
  await more.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tips on ${topic}`);
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';
  const pages = Math.ceil(Number(total) / TIP_PAGE_SIZE);
  let listed = 0;
  for (let number = 1; number <= pages; number += 1) {
    const here = tips(number === 1 ? `tips/${slug}` : `tips/${slug}/${number}`);
    expect(here).toBeLessThanOrEqual(TIP_PAGE_SIZE);
    listed += here;
  }
  expect(listed).toBe(Number(total));
});

test('the split pages pass axe: a year, a second topic page, a topic’s tips', async ({ page }) => {
  const topicPages = readdirSync(join(dist, 'topics'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'topics', entry.name, '2')))
    .map((entry) => `/topics/${entry.name}/2/`);
  const tipPages = readdirSync(join(dist, 'tips'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/tips/${entry.name}/`);
  const paths = ['/issues/', '/issues/year/2020/', topicPages[0] ?? '', tipPages[0] ?? ''];
  expect(paths.every(Boolean), paths.join(', ')).toBe(true);
  for (const path of paths) {
    await page.goto(`${site.url}${path}`);
    expect.soft(await axeViolations(page), path).toEqual([]);
  }
});

test('at 300 issues browsing grows: topic chips that filter, topic pages linked from issues, the same navigation', async ({
  page,
}) => {
  await page.goto(`${site.url}/tips/`);
  const chips = page.getByRole('navigation', { name: 'Tips by topic' }).getByRole('link');
  await expect(chips.first()).toHaveText(/^All tips \d+$/);
  // A topic's chip filters without JavaScript: the other topics' tips are hidden.
  const chip = chips.nth(1);
  const shown = Number((await chip.locator('.count').textContent()) ?? '0');
  expect(shown).toBeLessThan(TIPS_ON_FRONT);
  await chip.click();
  await expect(
    page.getByRole('list', { name: 'All tips' }).getByRole('listitem').filter({ visible: true }),
  ).toHaveCount(shown);
  await page.goto(`${site.url}/issues/26/`);
  const topic = page.getByRole('list', { name: 'Topics' }).getByRole('link').first();
  await topic.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Topic: /);
  // The header's sections are the one-issue site's, in the same order.
  const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  expect(nav.map((text) => text.trim())).toEqual(['Issues', 'Tools', 'Tips', 'Topics', 'About']);
});
