import { get } from 'node:http';
import { chromium, type Request } from '@playwright/test';

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

/** The bytes a server sends for a URL (compressed as the browser asked), counted off the wire. */
function servedBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/**
 * Bytes transferred for these requests, headers and bodies. Chromium reports no body size for a
 * worker's own script (Pagefind's, 12 KB gzip), so a body reported empty is weighed as sent.
 */
async function transferred(requests: readonly Request[]): Promise<number> {
  let total = 0;
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => undefined);
    if (!sizes) continue;
    let body = sizes.responseBodySize;
    if (body === 0 && (await request.response())?.status() === 200) {
      const headers = await request.allHeaders().catch(() => ({}) as Record<string, string>);
      body = await servedBytes(request.url(), headers['accept-encoding'] ?? 'gzip, deflate, br');
    }
    total += body + sizes.responseHeadersSize;
  }
  return total;
}

/**
 * Opens search with Ctrl+K on an issue page in a fresh browser context (cold cache), counts the
 * bytes of every request made until the first results show (typing the query less its last
 * letter first, as a reader would), then times, five times, the last keystroke to the results
 * on screen.
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
      // Requests made until the first results show, weighed once finished (a cancelled one never is).
      const requests: Request[] = [];
      const finished = new Set<Request>();
      let counting = true;
      page.on('request', (request) => {
        if (counting) requests.push(request);
      });
      page.on('requestfinished', (request) => finished.add(request));
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
          counting = false;
          await page.waitForLoadState('networkidle');
          results = await dialog.locator('.search-results > li').count();
          costs.push({
            name: item.name,
            q: item.q,
            results,
            kbToFirstResults:
              Math.round((await transferred(requests.filter((request) => finished.has(request)))) / 102.4) /
              10,
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
