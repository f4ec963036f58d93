import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { builtFile, builtPages } from './site-pages.ts';

/** Interactive elements that are shown, with their boxes, inside a part of the page. */
async function targets(scope: Locator) {
  return scope.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"])')]
      .filter((element) => element.getClientRects().length > 0 && element.tabIndex >= 0)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name:
            element.textContent?.trim() || element.getAttribute('title') || element.outerHTML.slice(0, 60),
          width: box.width,
          height: box.height,
        };
      }),
  );
}

test.describe('layout', () => {
  test('no page scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of builtPages()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  for (const width of [320, 390]) {
    test(`the phone header is one row, at most 64 px tall, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/issues/57/', '/tools/']) {
        await page.goto(path);
        const header = page.getByRole('banner');
        const box = await header.boundingBox();
        expect(box?.height, path).toBeLessThanOrEqual(64);
        await expect(header.getByRole('link', { name: 'Career Quick Tips' })).toBeVisible();
        await expect(header.getByRole('link', { name: 'Search' })).toBeVisible();
        await expect(header.getByRole('button', { name: 'Dark theme' })).toBeVisible();
        // The compact nav opens without JavaScript and lists every section.
        await header.getByTitle('Menu').click();
        const menu = header.getByRole('navigation', { name: 'Main' });
        await expect(menu.getByRole('link', { name: 'Tools' })).toBeVisible();
      }
    });
  }

  test('the main column is centred at 1280 px on every page (margins within 40 px)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of builtPages()) {
      await page.goto(path);
      // The column and the header's bar are layout boxes with no role or name: found by class.
      const { left, right, header } = await page.evaluate(() => {
        const box = document.querySelector('main .page')!.getBoundingClientRect();
        const bar = document.querySelector('.site-header .container')!.getBoundingClientRect();
        const width = document.documentElement.clientWidth;
        return { left: box.left, right: width - box.right, header: [bar.left, width - bar.right] };
      });
      expect.soft(Math.abs(left - right), `${path}: left ${left}, right ${right}`).toBeLessThanOrEqual(40);
      expect.soft(left, `${path}: not pinned to the left`).toBeGreaterThan(100);
      // The header shares the axis.
      expect.soft(Math.abs(header[0]! - header[1]!), `${path}: header`).toBeLessThanOrEqual(1);
    }
  });

  test('one grid: at 1280 px every block and widget starts at the header’s edge or the reading column’s', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of builtPages()) {
      await page.goto(path);
      // Layout boxes with no role or name: found by class, as above.
      const { edges, wide, column } = await page.evaluate(() => {
        const left = (element: Element) => Math.round(element.getBoundingClientRect().left);
        const blocks = document.querySelectorAll('main .page > *, .take-the-call, .counteroffer-widget');
        return {
          edges: [...blocks].filter((block) => block.getBoundingClientRect().width > 0).map(left),
          wide: left(document.querySelector('.site-header .container')!),
          column: left(document.querySelector('main .page')!),
        };
      });
      expect
        .soft(
          edges.filter((edge) => edge !== wide && edge !== column),
          path,
        )
        .toEqual([]);
    }
  });

  for (const width of [390, 1280]) {
    test(`header, footer, signup and share targets are at least 44×44 px at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/issues/57/');
      await page.getByRole('button', { name: 'Dark theme' }).waitFor();
      const parts: [string, Locator[]][] = [
        ['header', [page.getByRole('banner')]],
        ['footer', [page.getByRole('contentinfo')]],
        [
          'share and signup',
          [
            page.getByRole('region', { name: 'Pass it on' }),
            page.getByRole('region', { name: /^Follow new issues/ }),
          ],
        ],
      ];
      for (const [scope, regions] of parts) {
        const found = (await Promise.all(regions.map(targets))).flat();
        expect(found.length, scope).toBeGreaterThan(2);
        for (const target of found) {
          expect.soft(target.height, `${scope}: ${target.name} height`).toBeGreaterThanOrEqual(44);
          expect.soft(target.width, `${scope}: ${target.name} width`).toBeGreaterThanOrEqual(44);
        }
      }
    });
  }

  test('the focus ring is the brand colour, not the error colour', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const [outline, accent, error] = await page.evaluate(() => {
        const probe = (name: string) => {
          const element = document.createElement('span');
          element.style.color = `var(${name})`;
          document.body.append(element);
          const colour = getComputedStyle(element).color;
          element.remove();
          return colour;
        };
        return [
          getComputedStyle(document.activeElement!).outlineColor,
          probe('--color-accent'),
          probe('--color-error'),
        ];
      });
      expect(outline, scheme).toBe(accent);
      expect(outline, scheme).not.toBe(error);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the theme button is absent, and the menu still opens', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['/', '/issues/57/', '/about/']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: /theme/i })).toHaveCount(0);
    }
    await page.getByRole('banner').getByTitle('Menu').click();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issues' }),
    ).toBeVisible();
  });

  test('share buttons that need JavaScript are absent; the links are there', async ({ page }) => {
    await page.goto('/issues/57/');
    const share = page.getByRole('region', { name: 'Pass it on' });
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
    await expect(share.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
      'href',
      /linkedin\.com\/sharing/,
    );
    // Following is the signup box's offer, just below, and the footer's: passing on is sharing.
    await expect(share.getByRole('link', { name: /RSS/ })).toHaveCount(0);
  });
});

test.describe('the end of an issue', () => {
  test('copy link copies the issue’s address and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/issues/57/');
    const share = page.getByRole('region', { name: 'Pass it on' });
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/issues\/57\/$/);
  });

  test('with no provider set, the signup box offers the RSS feed, never a placeholder link', async ({
    page,
  }) => {
    await page.goto('/issues/57/');
    const signup = page.getByRole('region', { name: /Follow new issues/ });
    await expect(signup.getByRole('link', { name: 'Follow the RSS feed' })).toHaveAttribute(
      'href',
      '/rss.xml',
    );
    await expect(signup.getByRole('textbox')).toHaveCount(0);
  });
});

test('each tip is listed once on /tips/', async ({ page }) => {
  await page.goto('/tips/');
  const titles = await page
    .getByRole('list', { name: 'All tips' })
    .getByRole('heading', { level: 2 })
    .allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles).size).toBe(titles.length);
});

test('/tools/ presents both tools; the header and footer link to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click();
  await expect(page).toHaveURL(/\/tools\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Should I take the call?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Counteroffer builder' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tools' })).toHaveAttribute(
    'href',
    '/tools/',
  );
});

test('an issue page loads at most 60 KB of fonts and preloads the first screen’s three', async ({ page }) => {
  const fonts: number[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'font') fonts.push((await response.body()).byteLength);
  });
  await page.goto('/issues/57/');
  await page.evaluate(() => document.fonts.ready);
  await page.getByRole('region', { name: 'Pass it on' }).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const total = fonts.reduce((sum, bytes) => sum + bytes, 0);
  console.log(`fonts on /issues/57/: ${fonts.length} files, ${(total / 1024).toFixed(1)} KB`);
  expect(fonts.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(60 * 1024);
  // The reading face's regular and the UI face's regular and semibold: a first visit's headings,
  // navigation and buttons are drawn in the design's face, not the fallback.
  const preloads = page.locator('link[rel="preload"][as="font"]');
  await expect(preloads).toHaveCount(3);
  const files = await preloads.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(new Set(files).size).toBe(3);
});

test('no page links or posts to a placeholder domain', () => {
  for (const path of builtPages()) {
    const html = readFileSync(builtFile(path), 'utf8');
    const targets = [...html.matchAll(/<(?:a|form)\b[^>]*\s(?:href|action)="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    for (const target of targets) {
      if (!/^https?:/.test(target)) continue;
      expect
        .soft(new URL(target).hostname, `${path}: ${target}`)
        .not.toMatch(/(^|\.)(example|test|invalid|localhost)$|example\.(com|org|net)$/);
    }
  }
});

test('pages without widgets and issue #57 do not shift as fonts load (CLS 0)', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/issues/57/', '/tips/', '/tools/']) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[])
                if (!entry.hadRecentInput) total += entry.value;
              resolve(total);
            }).observe({ type: 'layout-shift', buffered: true });
            // No shift at all means the observer is never called: answer after the buffered read.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect.soft(shift, `${path} at ${width} px`).toBe(0);
    }
  }
});

test('arriving from a search marks the searched words only, as whole words', async ({ page }) => {
  await page.goto('/issues/57/?pagefind-highlight=call&pagefind-highlight=the');
  const marks = page.locator('mark');
  await expect(marks.first()).toBeVisible();
  const texts = await marks.allTextContents();
  expect(
    texts.every((text) => text.toLowerCase() === 'call'),
    texts.join(', '),
  ).toBe(true);
  // Nothing inside the widgets or the share box, which search ignores: data-pagefind-ignore is
  // what this checks, and no reader-facing name covers all three.
  await expect(page.locator('[data-pagefind-ignore]').locator('mark')).toHaveCount(0);
});

test('printed, each widget leaves one line naming the tool and where to use it, not an empty frame', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/issues/57/');
  const widgets = page.locator('[data-widget]');
  await expect(widgets).toHaveCount(2);
  for (const widget of await widgets.all()) {
    const line = await widget.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(line).toContain('is an interactive tool: use it online at');
    // One line of text and its rules, whatever the widget holds on screen.
    expect((await widget.boundingBox())?.height).toBeLessThan(80);
  }
  // The address the line prints: on paper a path alone leads nowhere.
  expect(
    await widgets.evaluateAll((all) => all.map((widget) => widget.getAttribute('data-widget-url'))),
  ).toEqual(['tools/take-the-call/', 'tools/counteroffer/'].map((path) => new URL(path, site.url).href));
});
