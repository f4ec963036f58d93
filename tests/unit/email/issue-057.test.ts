// Issue #57's email, as `npm run email -- 57` writes it: the script builds the site with the
// email routes, so its output is a shared build (tests/support/shared-builds.ts), made once
// for this file and the browser checks of tests/e2e/email.spec.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_SITE_URL, sharedBuild } from '../../support/shared-builds.ts';
import { CALLOUT_BUTTON_TEXT } from '../../../src/lib/email/callout.ts';
import { site } from '../../../src/site.config.ts';
import { checkEmailHtml } from './checks.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

const seed = await readFile(
  new URL('../../fixtures/issue-057-always-discuss-the-job-offer.txt', import.meta.url),
  'utf8',
);
const [seedTitle = '', , ...paragraphs] = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

describe('issue #57 by email', () => {
  let out = '';
  let html = '';
  let text = '';
  let log = '';

  beforeAll(async () => {
    out = await sharedBuild('email');
    log = await readFile(join(out, 'log.txt'), 'utf8');
    html = await readFile(join(out, '057.html'), 'utf8');
    text = await readFile(join(out, '057.txt'), 'utf8');
  }, 900_000);

  it('prints the files written and their sizes', () => {
    expect(log).toMatch(/057\.html {2}\d+(\.\d)? KB\n/);
    expect(log).toMatch(/057\.txt {2}\d+(\.\d)? (KB|B)\n/);
  });

  it('is an HTML email that is safe to send', () => {
    expect(checkEmailHtml(html, { unsubscribeUrl: site.email.unsubscribeUrl })).toEqual([]);
    console.info(
      `issue #57 email: HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, text ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`,
    );
  });

  it('has every paragraph of the issue, word for word, in both editions', () => {
    expect(paragraphs.length).toBeGreaterThan(10);
    const htmlText = fold(load(html)('body').text());
    const plain = fold(text);
    for (const paragraph of paragraphs) {
      expect(htmlText).toContain(fold(paragraph));
      expect(plain).toContain(fold(paragraph));
    }
    expect(htmlText).toContain(seedTitle);
    expect(text).toContain(`# ${seedTitle}\n`);
  });

  it('says the number and date, and links to the web edition and the unsubscribe tag', () => {
    const $ = load(html);
    expect(fold($('body').text())).toContain('Issue #57 · 25 November 2026');
    const hrefs = $('a')
      .map((_, a) => a.attribs['href'])
      .get();
    expect(hrefs).toContain(new URL('/issues/57/', EMAIL_SITE_URL).href);
    expect(hrefs).toContain(site.email.unsubscribeUrl);
    expect(text).toContain(`] ${site.email.unsubscribeUrl}\n`);
  });

  it('links each widget callout to the widget on the issue page', () => {
    const $ = load(html);
    const issueUrl = new URL('/issues/57/', EMAIL_SITE_URL).href;
    $('[data-widget-callout]').each((_, callout) => {
      const button = $(callout).find('a');
      expect(button.text()).toBe(CALLOUT_BUTTON_TEXT);
      expect(button.attr('href')).toMatch(new RegExp(`^${issueUrl.replace(/[.?]/g, '\\$&')}#[\\w-]+$`));
    });
    // Interactive controls never reach the email: every widget has become a callout.
    expect($('form, input, button, select, textarea, [data-widget], astro-island').length).toBe(0);
  });

  it('keeps the text edition as reviewed', async () => {
    await expect(text).toMatchFileSnapshot('./__snapshots__/email-057.txt');
  });
});
