import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALLOUT_BUTTON_TEXT } from '../../../src/lib/email/callout.ts';
import { type EmailEdition } from '../../../src/lib/email/edition.ts';
import { byteSize, emailBody, emailHtml, GMAIL_CLIP_BYTES } from '../../../src/lib/email/html.ts';
import { DARK_MODE_CLASSES } from '../../../src/lib/email/styles.ts';
import { emailText } from '../../../src/lib/email/text.ts';
import { escapeHtml } from '../../../src/lib/syndication/dom.ts';
import { checkEmailHtml } from './checks.ts';
import { edition, issueUrl } from './edition-fixture.ts';

describe('emailHtml', () => {
  const html = emailHtml(edition);
  const $ = load(html);

  it('passes every email check: no script, no stylesheet, absolute links, inlined styles, size', () => {
    expect(checkEmailHtml(html, { unsubscribeUrl: '{{unsubscribe_url}}' })).toEqual([]);
  });

  it('says the issue number, the date, the title and links to the web edition', () => {
    expect($('title').text()).toBe('#58: Ask for the Level <You> Want');
    expect($('p').first().text()).toBe('Issue #58 · 2 December 2026');
    expect($('h1').text()).toBe('Ask for the Level <You> Want');
    expect(
      $('a')
        .filter((_, a) => $(a).text() === 'Read it on the web')
        .map((_, a) => a.attribs['href'])
        .get(),
    ).toEqual([issueUrl, issueUrl]);
  });

  it('hides a preheader with the description before everything else', () => {
    const preheader = $('body > div').first();
    expect(preheader.attr('style')).toMatch(/display:none/);
    expect(preheader.text().startsWith('How to ask for the level you want & get it.')).toBe(true);
  });

  it('turns each widget into a callout with a button to its anchor on the issue page', () => {
    const buttons = $('[data-widget-callout] a');
    expect(buttons.map((_, a) => [[$(a).text(), a.attribs['href']]]).get()).toEqual([
      [CALLOUT_BUTTON_TEXT, `${issueUrl}#take-the-call`],
      [CALLOUT_BUTTON_TEXT, `${issueUrl}#counteroffer`],
    ]);
    expect($('[data-widget-callout]').first().text()).toContain('Should I take the call?');
    expect($('[data-widget-callout]').first().text()).toContain('Answer four questions.');
    expect($('form, input, button').length).toBe(0);
  });

  it('ends with the unsubscribe merge tag and a subscribe link for forwarded copies', () => {
    const footer = $('a').slice(-3);
    expect(footer.map((_, a) => a.attribs['href']).get()).toEqual([
      '{{unsubscribe_url}}',
      'https://news.example/subscribe',
      issueUrl,
    ]);
  });

  it('keeps the dark scheme for clients that honour it', () => {
    expect($('meta[name="color-scheme"]').attr('content')).toBe('light dark');
    expect($('style').text()).toContain('@media (prefers-color-scheme: dark)');
    expect([...DARK_MODE_CLASSES].sort()).toEqual([
      'dm-accent',
      'dm-button',
      'dm-card',
      'dm-muted',
      'dm-page',
      'dm-rule',
      'dm-strong',
      'dm-success',
      'dm-tip',
    ]);
  });

  it('keeps any text the issue has', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /\S/.test(s)),
        (text) => {
          const out = load(emailHtml({ ...edition, bodyHtml: `<p>${escapeHtml(text)}</p>` }));
          const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
          expect(fold(out('body').text())).toContain(
            fold(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('emailBody', () => {
  it.each([
    ['<aside class="tip"><p>a</p></aside>', '<div class="tip dm-tip dm-rule"><p>a</p></div>'],
    ['<section><p>a</p></section>', '<div><p>a</p></div>'],
    ['<p><q class="example">“a”</q></p>', '<p><span class="example">“a”</span></p>'],
  ])('%s → %s', (input, output) => {
    expect(emailBody(input)).toBe(output);
  });
});

describe("the email's date", () => {
  // Sent at 21:00 in New York: 02:00 the next day in UTC, but the author's day is the 4th.
  const evening: EmailEdition = {
    ...edition,
    issue: { ...edition.issue, date: new Date('2026-03-05T02:00:00Z'), dateOffset: -300 },
  };

  it("is the author's day in both editions", () => {
    expect(load(emailHtml(evening))('p').first().text()).toBe('Issue #58 · 4 March 2026');
    expect(emailText(evening).split('\n')[1]).toBe('Issue #58 · 4 March 2026');
  });
});

describe('byteSize', () => {
  it('counts UTF-8 bytes, and Gmail’s limit is 102 KB', () => {
    expect(byteSize('a–b')).toBe(5);
    expect(GMAIL_CLIP_BYTES).toBe(104_448);
  });
});
