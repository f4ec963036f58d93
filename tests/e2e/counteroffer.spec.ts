import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import {
  emailDraft,
  expectNoAxeViolations,
  gotoWithFonts,
  hydratedBuilder,
  totalsSummary,
  watchConsole,
} from './helpers.ts';

const TOOL = '/tools/counteroffer/';
const ISSUE = '/issues/57/';
// The byte budget for all the JavaScript the tool page loads: the island, the rest of the builder
// (fetched at once), the offer and counteroffer logic, the Preact runtime and Astro’s island loader.
const BUDGET = 35 * 1024;
const FORMULA =
  'Year k total = base + base × bonus% + equity grant × vesting share of year k + sign-on and relocation in year 1';

function group(builder: Locator, name: 'Their offer' | 'Your counteroffer' | 'Another offer'): Locator {
  return builder.getByRole('group', { name, exact: true });
}

/** Focuses a field and types into it by keyboard, replacing what was there; Tab leaves it (and tidies amounts). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Their offer and a counteroffer, entered as a reader would. */
async function fillOffers(page: Page, builder: Locator): Promise<void> {
  await typeInto(page, builder.getByLabel('Company'), 'Acme');
  await typeInto(page, builder.getByLabel('Who you’re writing to (recruiter or hiring manager)'), 'Sam');
  await typeInto(page, builder.getByLabel('Your name'), 'Alex');
  const offer = group(builder, 'Their offer');
  await typeInto(page, offer.getByLabel('Base salary (USD)'), '$180,000');
  await typeInto(page, offer.getByLabel('Target bonus (%)'), '10');
  await typeInto(page, offer.getByLabel('Sign-on bonus (USD)'), '10k');
  await typeInto(page, offer.getByLabel('Equity grant (total value) (USD)'), '200000');
  const counter = group(builder, 'Your counteroffer');
  await typeInto(page, counter.getByLabel('Base salary (USD)'), '200000');
  // Terms beyond pay wait behind "More terms".
  await counter.getByText('More terms').click();
  await typeInto(page, counter.getByLabel('Level'), 'Senior Engineer');
}

// Offer: 4 × (180,000 + 18,000) + 200,000 + 10,000 = 1,002,000.
// Counter: 4 × (200,000 + 20,000) + 200,000 + 10,000 = 1,090,000, 8.8% more.
const FILLED_SUMMARY = 'Counteroffer: $1,090,000 over 4 years, 8.8% more than their offer.';

test.describe('the counteroffer builder', () => {
  test('fills in by keyboard, shows the table, chart and message, and keeps it all on reload', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await fillOffers(page, builder);

    await expect(group(builder, 'Their offer').getByLabel('Base salary (USD)')).toHaveValue('180,000');
    // The counter’s untouched fields mirror the offer.
    await expect(group(builder, 'Your counteroffer').getByLabel('Target bonus (%)')).toHaveValue('10');
    await expect(totalsSummary(builder)).toHaveText(FILLED_SUMMARY);

    const table = builder.getByRole('table', { name: 'Year by year, in USD' });
    await expect(table.getByRole('row', { name: /^4-year total/ })).toContainText('$1,002,000');
    await expect(table.getByRole('row', { name: /^Difference/ })).toContainText(
      '+$88,000 over 4 years, 8.8% more than their offer',
    );
    await expect(table.getByRole('row', { name: /^Guaranteed cash in year 1/ })).toContainText('$190,000');
    await expect(builder.getByRole('img', { name: /^Bar chart of yearly totals/ })).toBeVisible();

    const email = emailDraft(builder);
    await expect(email).toContainText('Subject: Your offer from Acme — what would make it a yes');
    await expect(email).toContainText('Hi Sam,');
    await expect(email).toContainText(
      'If you can offer a base salary of $200,000 and the Senior Engineer level',
    );
    await expect(email).toContainText('Best,\nAlex');
    await expect(
      builder.getByRole('list', { name: 'Talk track' }).getByRole('listitem').first(),
    ).toContainText('Thank you for the offer');

    await page.reload();
    const again = await hydratedBuilder(page);
    await expect(again.getByLabel('Company')).toHaveValue('Acme');
    await expect(group(again, 'Your counteroffer').getByLabel('Base salary (USD)')).toHaveValue('200,000');
    await expect(totalsSummary(again)).toHaveText(FILLED_SUMMARY);
    await expect(emailDraft(again)).toContainText('the Senior Engineer level');
    expect(errors).toEqual([]);
  });

  test('checks a field as the reader leaves it; an invalid one blocks Copy, Download and Share with a link to it', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    const offer = group(builder, 'Their offer');
    const base = offer.getByLabel('Base salary (USD)');
    await typeInto(page, base, '100000');
    const signOn = group(builder, 'Your counteroffer').getByLabel('Sign-on bonus (USD)');
    // Ambiguous in en-US: asked, never read as 185.
    await typeInto(page, signOn, '185.000');
    await expect(signOn).toHaveAttribute('aria-invalid', 'true');
    await expect(signOn).toHaveAccessibleDescription(
      'Error: Did you mean 185,000 or 185? Type 185000 or 185.00',
    );
    await typeInto(page, base, '-5');
    await expect(base).toHaveAttribute('aria-invalid', 'true');
    // The totals keep the last valid figures meanwhile.
    await expect(totalsSummary(builder)).toContainText('Counteroffer: $400,');
    for (const name of ['Copy the email', 'Download .txt', 'Share a link']) {
      await expect(builder.getByRole('button', { name })).toBeDisabled();
    }
    const summary = builder.getByRole('group', { name: 'There is a problem' });
    await expect(summary.getByRole('link')).toHaveText([
      'Their offer, base salary: The amount can’t be negative',
      'Your counteroffer, base salary: The amount can’t be negative',
      'Your counteroffer, sign-on bonus: Did you mean 185,000 or 185? Type 185000 or 185.00',
    ]);
    await summary.getByRole('link', { name: /sign-on bonus/ }).click();
    await expect(signOn).toBeFocused();
    await expect(signOn).toBeInViewport();
    await expect(page).toHaveURL(TOOL);
    await typeInto(page, signOn, '185000');
    await expect(summary.getByRole('link')).toHaveCount(2);
    await expectNoAxeViolations(page, 'error summary', '#counteroffer-builder');
    await typeInto(page, base, '100000');
    await typeInto(page, group(builder, 'Your counteroffer').getByLabel('Base salary (USD)'), '110000');
    await expect(summary).toHaveCount(0);
    await expect(builder.getByRole('button', { name: 'Copy the email' })).toBeEnabled();
    await expect(builder.getByRole('button', { name: 'Share a link' })).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('names an ask below their offer and leaves it out of the message until the reader confirms it', async ({
    page,
  }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '100000');
    await typeInto(page, group(builder, 'Their offer').getByLabel('Sign-on bonus (USD)'), '10000');
    const counter = group(builder, 'Your counteroffer');
    await typeInto(page, counter.getByLabel('Base salary (USD)'), '95000');
    await counter.getByLabel('Sign-on bonus (USD)').fill('');
    await typeInto(page, counter.getByLabel('Equity grant (total value) (USD)'), '20000');
    const warning = builder.getByRole('group', { name: /asks for less than their offer/ });
    await expect(warning.getByRole('listitem')).toHaveText([
      'Your base salary ($95,000) is less than theirs ($100,000).',
      'Your counteroffer leaves out their sign-on bonus ($10,000).',
    ]);
    await expect(emailDraft(builder)).not.toContainText('$95,000');
    await expect(builder.getByRole('button', { name: 'Copy the email' })).toBeDisabled();
    await warning.getByRole('checkbox', { name: 'I mean to ask for less on these' }).check();
    await expect(emailDraft(builder)).toContainText('In return, I’m open to a base salary of $95,000.');
    await expect(builder.getByRole('button', { name: 'Copy the email' })).toBeEnabled();
  });

  test('a counter that asks nothing more accepts their offer as it stands, and says so', async ({ page }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '100000');
    await expect(emailDraft(builder)).toContainText('I’m happy to accept the offer as it stands.');
    const notes = builder.getByRole('region', { name: 'Before you send it' });
    await expect(notes).toContainText('asks for nothing more than their offer');
    await notes.getByRole('link', { name: 'Change a term in your counteroffer' }).click();
    await expect(group(builder, 'Your counteroffer')).toBeInViewport();
    await typeInto(page, group(builder, 'Your counteroffer').getByLabel('Base salary (USD)'), '110000');
    await expect(emailDraft(builder)).toContainText(
      'If you can offer a base salary of $110,000, I’m ready to accept.',
    );
    await expect(notes).toHaveCount(0);
  });

  test('walks each mode: counter, explore, too late and decline, as a reader who already said no', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await fillOffers(page, builder);
    await builder.getByRole('radio', { name: 'I already said no' }).check();
    await builder.getByRole('radio', { name: 'What similar roles pay (market data)' }).check();
    await builder.getByLabel('When their offer expires (if it does)').fill('2026-12-01');
    const counter = group(builder, 'Your counteroffer');
    await typeInto(page, counter.getByLabel('Remote days a week'), '3');
    await typeInto(page, counter.getByLabel('Pay review after (months)'), '6');
    const email = emailDraft(builder);
    await expect(email).toContainText(
      'Thank you for reaching out again. I know I said no, but I still think highly of the role, and I’m glad we’re talking.',
    );
    await expect(email).toContainText(
      'The pay I’m asking for is in line with market data for similar roles.',
    );
    await expect(email).toContainText('I’m ready to accept.');
    await expect(email).toContainText('a pay review after 6 months');
    await expect(email).toContainText('3 remote days a week');
    await expect(email).toContainText('open until December 1, 2026. If we need a few more days');
    await expect(email).not.toContainText('Thank you for the offer');
    // Terms beyond pay reach the comparison where they have a value.
    const terms = builder.getByRole('table', { name: 'Beyond pay' });
    await expect(terms.getByRole('row', { name: /^Remote days/ })).toContainText('3 days a week');
    await expect(terms.getByRole('row', { name: /^Level/ })).toContainText('Senior Engineer');
    await expect(terms.getByRole('row', { name: /^Paid time off/ })).toHaveCount(0);

    await builder.getByRole('radio', { name: 'Ask what would be possible, without committing' }).check();
    await expect(email).toContainText('Your offer from Acme — a few questions');
    await expect(email).toContainText(
      'Before I give you a final answer, I’d like to understand what might be possible on your side',
    );
    await expect(email).toContainText('Could I have a few more days if I need them?');
    await expect(email).not.toContainText(/accept|\$|market data/);
    // The reader’s own numbers stay on screen, out of the message.
    await expect(builder.getByRole('region', { name: 'Before you send it' })).toContainText(
      'For you only, not in the message',
    );

    await builder.getByRole('radio', { name: 'Say it’s too late, politely' }).check();
    await builder.getByRole('radio', { name: 'The pay is too low' }).check();
    await expect(email).toContainText(
      'I’ve already accepted another offer, so it’s too late for me to move forward. In the end, the pay there was the better fit for me.',
    );
    await expect(email).not.toContainText('$');

    await builder.getByRole('radio', { name: 'Decline gracefully' }).check();
    await expect(builder.getByRole('radio', { name: 'The pay is too low' })).toBeChecked();
    await expect(email).toContainText(
      'my answer is still no. Pay was part of it, but more money wouldn’t change my mind.',
    );
    await expect(email).not.toContainText(/\$|if anything changes/i);
    expect(errors).toEqual([]);
  });

  test('orders what matters most by keyboard and says the new position', async ({ page }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await builder.getByRole('button', { name: 'Move up: Equity' }).focus();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('listitem').nth(1)).toContainText('Equity');
    await expect(builder.getByRole('button', { name: 'Move up: Equity' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(builder.getByRole('listitem').first()).toContainText('Equity');
    // At the top, Move up is disabled and focus moves to Move down.
    await expect(builder.getByRole('button', { name: 'Move down: Equity' })).toBeFocused();
    // Said once, in one of the two live regions: the announcement is what this checks.
    await expect(
      builder.locator('[aria-live="polite"]').filter({ hasText: 'Equity: now 1 of 5' }),
    ).toHaveCount(1);
  });

  test('a share link opens the same state in a new browser, and a damaged one says so', async ({
    browser,
    page,
  }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await fillOffers(page, builder);
    await builder.getByRole('button', { name: 'Share a link' }).click();
    await expect(builder.getByText(/The link contains your numbers, names and notes/)).toBeFocused();
    await builder.getByRole('button', { name: 'Create link' }).click();
    const field = builder.getByRole('textbox', { name: /Link to your counteroffer/ });
    await expect(field).toBeFocused();
    const link = await field.inputValue();
    expect(link).toMatch(/\/tools\/counteroffer\/#s=[\w-]+$/);

    const context = await browser.newContext();
    const other = await context.newPage();
    const errors = watchConsole(other);
    await other.goto(link);
    let opened = await hydratedBuilder(other);
    const shared = opened.getByText(/^These numbers are from a shared link\./);
    await expect(shared).toBeVisible();
    await expect(opened.getByLabel('Company')).toHaveValue('Acme');
    await expect(group(opened, 'Your counteroffer').getByLabel('Level')).toHaveValue('Senior Engineer');
    await expect(totalsSummary(opened)).toHaveText(FILLED_SUMMARY);
    // Untouched, the link stays someone else’s numbers: in the address, so a reload shows them again.
    expect(other.url()).toBe(link);
    await other.reload();
    opened = await hydratedBuilder(other);
    await expect(opened.getByLabel('Company')).toHaveValue('Acme');
    // A change makes them the reader’s.
    await typeInto(other, opened.getByLabel('Company'), 'Changed');
    await expect(opened.getByText('These numbers are yours now.')).toBeVisible();
    expect(new URL(other.url()).hash).toBe('');

    // A link opened in the same tab only changes the fragment; the builder still reads it, as
    // someone else’s numbers, and the reader’s own are one button away.
    await other.goto(link);
    await expect(opened.getByLabel('Company')).toHaveValue('Acme');
    await expect(shared).toContainText('Your own numbers are kept as they were.');
    await opened.getByRole('button', { name: 'Back to your numbers' }).click();
    await expect(opened.getByLabel('Company')).toHaveValue('Changed');
    await expect(opened.getByRole('status').filter({ hasText: 'Your numbers are back.' })).toBeFocused();
    await other.reload();
    await expect((await hydratedBuilder(other)).getByLabel('Company')).toHaveValue('Changed');

    const damaged = `${TOOL}#s=${link.split('#s=')[1]?.slice(0, 30) ?? ''}`;
    await other.goto(damaged);
    await expect(opened.getByText(/This share link couldn’t be opened/)).toBeVisible();
    await expect(opened.getByLabel('Company')).toHaveValue('Changed');
    // And the same on a fresh load.
    await other.goto('about:blank');
    await other.goto(damaged);
    const reloaded = await hydratedBuilder(other);
    await expect(reloaded.getByText(/This share link couldn’t be opened/)).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('issue 15, cases 1 and 5: links never replace the reader’s numbers; two tabs never lose either set', async ({
    page,
    context,
  }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, builder.getByLabel('Company'), 'MINE');
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '111111');
    await builder.getByRole('button', { name: 'Share a link' }).click();
    await builder.getByRole('button', { name: 'Create link' }).click();
    const link = await builder.getByRole('textbox', { name: /Link to your counteroffer/ }).inputValue();
    // Link A is MINE with another company; link B another again.
    await typeInto(page, builder.getByLabel('Company'), 'A');
    const linkA = await builder.getByRole('textbox', { name: /Link to your counteroffer/ }).inputValue();
    await typeInto(page, builder.getByLabel('Company'), 'B');
    const linkB = await builder.getByRole('textbox', { name: /Link to your counteroffer/ }).inputValue();
    await typeInto(page, builder.getByLabel('Company'), 'MINE');
    expect(link).not.toBe(linkA);

    await page.goto(linkA);
    await expect((await hydratedBuilder(page)).getByLabel('Company')).toHaveValue('A');
    await page.goto(linkB);
    await expect(builder.getByLabel('Company')).toHaveValue('B');
    await page.reload();
    const again = await hydratedBuilder(page);
    await expect(again.getByLabel('Company')).toHaveValue('B');
    await again.getByRole('button', { name: 'Back to your numbers' }).click();
    await expect(again.getByLabel('Company')).toHaveValue('MINE');
    await expect(group(again, 'Their offer').getByLabel('Base salary (USD)')).toHaveValue('111,111');

    // Two tabs: whichever saves last, the other’s numbers are kept, one press away.
    const other = await context.newPage();
    await other.goto(TOOL);
    const second = await hydratedBuilder(other);
    await expect(second.getByLabel('Company')).toHaveValue('MINE');
    await typeInto(other, second.getByLabel('Company'), 'OTHER TAB');
    await expect(again.getByText(/Your numbers were changed in another tab/)).toBeVisible();
    await page.bringToFront();
    await typeInto(page, again.getByLabel('Company'), 'MINE, still');
    await expect(second.getByText(/Your numbers were changed in another tab/)).toBeVisible();
    const saved = () =>
      other.evaluate(() =>
        atob(localStorage.getItem('counteroffer:v1')?.replace(/-/g, '+').replace(/_/g, '/') ?? ''),
      );
    await expect.poll(saved).toContain('MINE, still');
    await other.bringToFront();
    await other.reload();
    const reloaded = await hydratedBuilder(other);
    await expect(reloaded.getByLabel('Company')).toHaveValue('MINE, still');
    await reloaded.getByRole('button', { name: 'Back to your earlier numbers' }).click();
    await expect(reloaded.getByLabel('Company')).toHaveValue('OTHER TAB');
  });

  test('arriving with ?co-goal=counter&co-reason=level picks the goal and puts the level first', async ({
    page,
  }) => {
    await page.goto(`${TOOL}?co-goal=counter&co-reason=level`);
    const builder = await hydratedBuilder(page);
    await expect(
      builder.getByRole('radio', { name: 'Ask for what it would take, and say yes if they meet it' }),
    ).toBeChecked();
    await expect(builder.getByRole('listitem').first()).toContainText('Level / title');
    await builder.getByRole('radio', { name: 'Decline gracefully' }).check();
    await expect(emailDraft(builder)).toContainText('this move isn’t right for me at any level');
    const why = builder.getByRole('group', { name: 'Why are you saying no?' });
    await expect(why.getByRole('radio', { name: 'The level or title is too low' })).toBeChecked();
    await why.getByRole('radio', { name: 'The level or title is too low' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(why.getByRole('radio', { name: 'Timing or personal reasons' })).toBeChecked();
    await expect(emailDraft(builder)).toContainText('It comes down to timing, and that won’t change soon.');

    await page.goto(`${TOOL}?co-goal=decline&co-reason=pay`);
    const declining = await hydratedBuilder(page);
    await expect(declining.getByRole('radio', { name: 'Decline gracefully' })).toBeChecked();
    await expect(declining.getByRole('listitem').first()).toContainText('Base salary and bonus');
  });

  test('start over clears everything after an inline confirmation', async ({ page }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, builder.getByLabel('Company'), 'Acme');
    await builder.getByRole('button', { name: 'Start over' }).click();
    await builder.getByRole('button', { name: 'Cancel' }).click();
    await expect(builder.getByRole('button', { name: 'Start over' })).toBeFocused();
    await builder.getByRole('button', { name: 'Start over' }).click();
    await builder.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(builder.getByLabel('Company')).toHaveValue('');
    await page.reload();
    await expect((await hydratedBuilder(page)).getByLabel('Company')).toHaveValue('');
  });

  test('prints only the message and the table', async ({ page }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '100000');
    await page.evaluate(() => {
      window.print = () => {};
    });
    await builder.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(emailDraft(builder)).toBeVisible();
    await expect(builder.getByRole('table', { name: 'Year by year, in USD' })).toBeVisible();
    await expect(builder.getByRole('group', { name: 'Their offer' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  });

  test('fits a 320 px screen: the table scrolls in its own box, the builder never does', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '100000');
    await builder.getByRole('button', { name: 'Add another offer' }).click();
    await expect(group(builder, 'Another offer').getByLabel('Base salary (USD)')).toBeFocused();
    const box = await builder.evaluate((element) => ({
      right: element.getBoundingClientRect().right,
      overflow: element.scrollWidth - element.clientWidth,
    }));
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.overflow).toBeLessThanOrEqual(0);
    const region = builder.getByRole('region', { name: 'Year by year, in USD' });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });

  test('empty, the tool page is at most 3,000 px tall at 1280 px: the form opens in steps, not all at once', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoWithFonts(page, TOOL);
    // Measured once the rest of the builder has loaded (its vesting and "More terms" parts).
    await expect((await hydratedBuilder(page)).getByText('More terms').first()).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`The empty tool page at 1280 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(3000);
  });

  test(`loads at most ${BUDGET} bytes of gzipped JavaScript, all of it`, async ({ page, request }) => {
    await page.goto(TOOL);
    const island = page.getByRole('region', { name: 'Build your counteroffer' }).locator('astro-island');
    const entries = await Promise.all(
      ['component-url', 'renderer-url'].map(async (name) => (await island.getAttribute(name)) ?? ''),
    );
    // Follow the island’s static imports as the browser does on hydration, then what it fetches at once.
    const loaded = new Map<string, number>();
    const later = new Set<string>();
    const queue = entries.map((entry) => new URL(entry, page.url()).href);
    while (queue.length > 0) {
      const url = queue.pop() ?? '';
      if (loaded.has(url)) continue;
      const body = await (await request.get(url)).body();
      loaded.set(url, gzipSync(body).length);
      const code = body.toString('utf8');
      for (const [, path = ''] of code.matchAll(
        /\b(?:import|export)\s*(?:[^"'`();]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g,
      )) {
        queue.push(new URL(path, url).href);
      }
      // Astro’s renderer fetches Preact’s signals only for islands given signals, which this one isn’t.
      if (url === new URL(entries[1] ?? '', page.url()).href) continue;
      for (const [, path = ''] of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
        later.add(new URL(path, url).href);
      }
    }
    let total = [...loaded.values()].reduce((sum, size) => sum + size, 0);
    for (const url of later) {
      if (loaded.has(url)) continue;
      const size = gzipSync(await (await request.get(url)).body()).length;
      total += size;
      console.log(`  fetched at once: ${new URL(url).pathname} ${size} bytes gzip`);
    }
    console.log(`Counteroffer tool page JavaScript: ${total} bytes gzip (budget ${BUDGET})`);
    expect(loaded.size).toBeGreaterThan(2);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});

test.describe('on a flaky connection', () => {
  /** Fails every fetch of the rest of the builder until the returned function brings the connection back. */
  async function restOffline(page: Page): Promise<() => void> {
    let offline = true;
    await page.route(/\/_astro\/rest\.[\w-]+\.js$/, async (route) => {
      if (offline) await route.abort('internetdisconnected');
      else await route.continue();
    });
    return () => {
      offline = false;
    };
  }

  test('says when the message can’t be written, keeps Copy, Download and Print off, and tries again', async ({
    page,
  }) => {
    // The rest of the builder (the message writer among it) is fetched as the page hydrates;
    // here that fetch fails until the connection comes back.
    const online = await restOffline(page);
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, builder.getByLabel('Company'), 'Acme');
    await expect(builder.getByText('Your message couldn’t be written')).toBeVisible();
    // Saving needs none of the code that didn’t arrive.
    await expect(builder.getByText(/your numbers can’t be opened or saved/)).toHaveCount(0);
    await expect(emailDraft(builder)).toHaveCount(0);
    for (const name of ['Copy the email', 'Download .txt', 'Print']) {
      await expect(builder.getByRole('button', { name })).toBeDisabled();
    }
    online();
    await builder.getByRole('button', { name: 'Try again' }).click();
    await expect(emailDraft(builder)).toContainText('Your offer from Acme');
    await expect(builder.getByRole('button', { name: 'Copy the email' })).toBeEnabled();
    await expect(builder.getByRole('heading', { name: 'Your message' })).toBeFocused();
    await page.reload();
    await expect((await hydratedBuilder(page)).getByLabel('Company')).toHaveValue('Acme');
  });

  test('in issue #57, a keystroke followed at once by a reload is kept though the rest of the builder never arrived', async ({
    page,
  }) => {
    const online = await restOffline(page);
    await page.goto(ISSUE);
    const builder = page.getByRole('region', { name: 'Build your counteroffer' });
    const base = () => group(builder, 'Their offer').getByLabel('Base salary (USD)');
    await hydratedBuilder(page);
    await base().focus();
    await page.keyboard.type('90000');
    await page.reload();
    // Still offline, the saved numbers can’t be opened, and the builder stays inert over them.
    await expect(page.getByText(/your numbers can’t be opened or saved/)).toBeVisible();
    online();
    await page.reload();
    await hydratedBuilder(page);
    await expect(base()).toHaveValue('90,000');
  });
});

test.describe('copying the message', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the email and says so', async ({ page }) => {
    await page.goto(TOOL);
    const builder = await hydratedBuilder(page);
    await typeInto(page, builder.getByLabel('Company'), 'Acme');
    await builder.getByRole('button', { name: 'Copy the email' }).click();
    await expect(builder.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Subject: Your offer from Acme — what would make it a yes\n\nHi,\n\nThank you/);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing, initial and filled in, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(TOOL);
      const builder = await hydratedBuilder(page);
      await expect(builder.getByText('More terms').first()).toBeVisible();
      await expectNoAxeViolations(page, `initial, ${scheme}`);
      await fillOffers(page, builder);
      await builder.getByRole('button', { name: 'Add another offer' }).click();
      await builder.getByRole('button', { name: 'Share a link' }).click();
      await builder.getByRole('button', { name: 'Create link' }).click();
      await typeInto(page, group(builder, 'Another offer').getByLabel('Base salary (USD)'), 'oops');
      await builder.getByRole('radio', { name: 'Another offer I hold' }).check();
      await builder.getByRole('radio', { name: 'Decline gracefully' }).check();
      await expect(builder.getByRole('group', { name: 'Why are you saying no?' })).toBeVisible();
      await expectNoAxeViolations(page, `filled in, ${scheme}`);
    });
  }
});

test.describe('in issue #57', () => {
  test('stands under “Be ready with your counteroffer”, after the level tip, and works', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(ISSUE);
    const section = page.getByRole('region', { name: 'Build your counteroffer' });
    await expect(section).toHaveAttribute('data-widget', 'counteroffer');
    await expect(section).toHaveAttribute('data-widget-url', new URL('tools/counteroffer/', site.url).href);
    // In reading order: the section’s heading, the level tip, the builder, the next section.
    const parts = await Promise.all(
      [
        page.getByRole('heading', { name: 'Be ready with your counteroffer', level: 2 }),
        page.getByRole('complementary', { name: 'Tip: Ask for the level you want' }),
        section,
        page.getByRole('heading', { name: 'Don’t burn the bridge', level: 2 }),
      ].map((part) => part.elementHandle()),
    );
    const inOrder = await page.evaluate(
      (elements) =>
        elements.every(
          (element, index) =>
            index === 0 ||
            Boolean(
              (elements[index - 1]?.compareDocumentPosition(element) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
        ),
      parts,
    );
    expect(inOrder).toBe(true);

    const builder = await hydratedBuilder(page);
    await expect(builder.getByRole('heading', { name: 'Build your counteroffer', level: 3 })).toBeVisible();
    // Compact: the two base salaries, the summary line and the kind of message, the message itself
    // folded away; no table or chart, no step numbers, and what to type first.
    await expect(builder.getByText('Enter their base salary to start.')).toBeVisible();
    await expect(builder.getByRole('table')).toHaveCount(0);
    await expect(builder.getByRole('img')).toHaveCount(0);
    await expect(builder.getByLabel('Company')).toHaveCount(0);
    await expect(builder.getByLabel('Target bonus (%)')).toHaveCount(0);
    await expect(builder.locator('.co-step')).toHaveCount(0);
    await expect(builder.getByRole('radio', { name: 'Decline gracefully' })).toBeVisible();
    await expect(emailDraft(builder)).toBeHidden();
    await typeInto(page, group(builder, 'Their offer').getByLabel('Base salary (USD)'), '150000');
    await typeInto(page, group(builder, 'Your counteroffer').getByLabel('Base salary (USD)'), '165000');
    await expect(totalsSummary(builder)).toHaveText(
      'Counteroffer: $660,000 over 4 years, 10% more than their offer.',
    );
    // The disclosure opens by keyboard, on the email and its Copy button.
    const disclosure = builder.getByText('Read and copy your message');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    await expect(emailDraft(builder)).toContainText('If you can offer a base salary of $165,000');
    await expect(builder.getByRole('button', { name: 'Copy the email' })).toBeEnabled();
    await expectNoAxeViolations(page, 'issue #57', '#counteroffer-builder');

    // "Open the full builder" carries the numbers to the tool page, with the year-by-year table.
    await builder.getByRole('link', { name: 'Open the full builder' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${TOOL}`));
    const opened = await hydratedBuilder(page);
    await expect(group(opened, 'Their offer').getByLabel('Base salary (USD)')).toHaveValue('150,000');
    await expect(opened.getByRole('table', { name: 'Year by year, in USD' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  // Issue #26: at 390 px the page with both widgets is at most 1.4 times the article alone, whether
  // or not the reader has answered "Should I take the call?".
  for (const answered of [false, true]) {
    test(`on a 390 px phone, ${answered ? 'the call widget answered' : 'untouched'}, the widgets make the issue at most 1.4 times as tall`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await gotoWithFonts(page, ISSUE);
      // Both widgets hydrated, as a reader scrolling through would see them.
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded();
        await expect(island).not.toHaveAttribute('ssr');
      }
      await hydratedBuilder(page);
      if (answered) {
        // As a reader who declined over the level answers it (tests/e2e/take-the-call.spec.ts).
        const call = page.getByRole('region', { name: 'Should I take the call?' });
        for (const answer of ['I declined it', 'The level or title is too low', 'No', 'Yes']) {
          await call.getByRole('radio', { name: answer, exact: true }).check();
          await call.getByRole('button', { name: 'Continue' }).click();
        }
        await expect(call.getByRole('heading', { name: /be ready with your counteroffer/ })).toBeVisible();
      }
      const withWidgets = await page.evaluate(() => document.documentElement.scrollHeight);
      // The page’s CSP allows no inline style sheet, so the widgets are hidden element by element.
      await page.evaluate(() => {
        for (const widget of document.querySelectorAll<HTMLElement>('[data-widget]'))
          widget.style.display = 'none';
      });
      const without = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(
        `Issue #57 at 390 px, ${answered ? 'answered' : 'untouched'}: ${withWidgets} px with both widgets, ${without} px without (${(withWidgets / without).toFixed(2)}×)`,
      );
      expect(without).toBeGreaterThan(0);
      expect(withWidgets / without).toBeLessThanOrEqual(1.4);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [TOOL, ISSUE]) {
    test(`${path} explains the tool, the vesting presets and the formula`, async ({ page }) => {
      await page.goto(path);
      const section = page.getByRole('region', { name: 'Build your counteroffer' });
      await expect(section.getByText('The builder needs JavaScript')).toBeVisible();
      await section.getByText('How the builder works').click();
      await expect(section.getByText(FORMULA)).toBeVisible();
      for (const preset of [
        '4 years, even (25% a year)',
        '4 years, back-weighted (5%, 15%, 40%, 40%)',
        '3 years, even (a third a year)',
      ]) {
        await expect(section.getByRole('listitem').filter({ hasText: preset })).toBeVisible();
      }
    });
  }
});
