import { chromium } from '@playwright/test';

/** One query of the search benchmark. */
export interface SearchCase {
  name: string;
  q: string;
  topic?: string;
}

/** What one query cost a reader. */
export interface SearchCost {
  name: string;
  q: string;
  results: number;
  kbToFirstResults: number;
  medianMsFromLastKey: number;
}

const LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Opens search with Ctrl+K on an issue page in a fresh browser context (cold cache), counts the
 * bytes transferred until the first results show, then times, five times, the last keystroke
 * to the results on screen.
 */
export async function measureSearch(
  siteUrl: string,
  cases: SearchCase[],
  from = '/issues/1/',
): Promise<SearchCost[]> {
  const browser = await chromium.launch(LAUNCH);
  const costs: SearchCost[] = [];
  try {
    for (const item of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${siteUrl}${from}`);
      await page.waitForLoadState('networkidle');
      let transferred = 0;
      page.on('requestfinished', async (request) => {
        const sizes = await request.sizes().catch(() => undefined);
        if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      await page.keyboard.press('Control+K');
      const dialog = page.locator('.search-dialog');
      const input = dialog.getByLabel('Search issues and tips');
      await input.waitFor();
      await dialog.getByLabel('Topic').locator('option').nth(1).waitFor({ state: 'attached' });
      if (item.topic) await dialog.getByLabel('Topic').selectOption(item.topic);
      const times: number[] = [];
      let results = 0;
      for (let run = 0; run < 5; run++) {
        await input.fill(item.q.slice(0, -1));
        await page.waitForTimeout(400);
        const elapsed = await page.evaluate(
          ([q]) =>
            new Promise<number>((resolve) => {
              const field = document.querySelector<HTMLInputElement>('.search-dialog input[type="search"]');
              const count = document.querySelector('.search-dialog .search-count');
              if (!field || !count) return resolve(NaN);
              const started = performance.now();
              const done = () => {
                if (count.textContent?.includes(`“${q}”`)) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - started));
                }
              };
              const observer = new MutationObserver(done);
              observer.observe(count, { childList: true, characterData: true, subtree: true });
              field.value = q ?? '';
              field.dispatchEvent(new InputEvent('input', { bubbles: true }));
            }),
          [item.q],
        );
        times.push(elapsed);
        if (run === 0) {
          await page.waitForLoadState('networkidle');
          results = await dialog.locator('.search-results > li').count();
          costs.push({
            name: item.name,
            q: item.q,
            results,
            kbToFirstResults: Math.round(transferred / 102.4) / 10,
            medianMsFromLastKey: 0,
          });
        }
      }
      const cost = costs.at(-1);
      if (cost) cost.medianMsFromLastKey = Math.round(median(times));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return costs;
}
