import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailWidgetCallout, CALLOUT_BUTTON_TEXT } from '../../../src/lib/email/callout.ts';
import {
  checkSiteUrlEnv,
  emailFileStem,
  formatBytes,
  parseEmailArgs,
  selectIssues,
  type KnownIssue,
} from '../../../src/lib/email/cli.ts';
import { emailSiteUrl, emailSubject, type EmailEdition } from '../../../src/lib/email/edition.ts';
import { byteSize, emailBody, emailHtml, GMAIL_CLIP_BYTES } from '../../../src/lib/email/html.ts';
import { DARK_MODE_CLASSES } from '../../../src/lib/email/styles.ts';
import { emailText, htmlToText, LinkReferences } from '../../../src/lib/email/text.ts';
import { escapeHtml } from '../../../src/lib/syndication/dom.ts';
import { prepareContentHtml } from '../../../src/lib/syndication/html.ts';
import { checkEmailHtml } from './checks.ts';

const issueUrl = 'https://news.example/issues/58/';
const widget = (id: string, title: string, description: string) =>
  `<div data-widget="${id}" id="${id}" data-widget-title="${escapeHtml(title)}" data-widget-description="${escapeHtml(description)}" data-widget-url="/tools/${id}/"><form><input type="radio"><button>Go</button></form><script>1</script></div>`;

const body = prepareContentHtml(
  [
    '<p>Intro with <a href="/about/">a link</a> &amp; a <q class="example">“quote”</q>.</p>',
    widget('take-the-call', 'Should I take the call?', 'Answer four questions.'),
    '<h2 id="why">Why</h2>',
    '<aside class="tip"><h3 class="tip-title"><span class="tip-label">Tip:</span> Take it</h3><div class="tip-body"><p>Always take the call.</p></div></aside>',
    '<blockquote><p>A reader asked.</p></blockquote>',
    '<ul><li>One</li><li>Two <a href="/about/">again</a></li></ul>',
    widget('counteroffer', 'Counteroffer builder', 'Compare the offers.'),
    '<p>Last <img src="/x.png" alt="a chart"> line.</p>',
  ].join('\n'),
  { pageUrl: issueUrl, siteUrl: 'https://news.example/', widget: emailWidgetCallout },
);

const edition: EmailEdition = {
  issue: {
    number: 58,
    title: 'Ask for the Level <You> Want',
    subtitle: 'Before you sign',
    description: 'How to ask for the level you want & get it.',
    date: new Date('2026-12-02T00:00:00Z'),
    dateOffset: 0,
    url: issueUrl,
  },
  site: {
    name: 'Career Quick Tips',
    homeUrl: 'https://news.example/',
    subscribeUrl: 'https://news.example/subscribe',
    unsubscribeUrl: '{{unsubscribe_url}}',
    lang: 'en',
  },
  bodyHtml: body,
};

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

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<p>One</p>\n<p>Two  words</p>', 'One\n\nTwo words', []],
    ['headings', '<h2>Why</h2><h3><span>Tip:</span> Take it</h3>', '## Why\n\n### Tip: Take it', []],
    ['a quotation', '<blockquote><p>One</p><p>Two</p></blockquote>', '> One\n>\n> Two', []],
    ['lists', '<ul><li>A</li><li>B</li></ul><ol><li>C</li></ol>', '- A\n- B\n\n1. C', []],
    ['nested lists', '<ul><li>A<ul><li>B</li></ul></li></ul>', '- A\n  - B', []],
    ['a line break', '<p>One<br>Two</p>', 'One\nTwo', []],
    ['an image', '<p><img src="x.png" alt="A chart"> here</p>', '[A chart] here', []],
    [
      'links, numbered in order, the same URL once',
      '<p><a href="https://a.example/">A</a>, <a href="https://b.example/">B</a> and <a href="https://a.example/">A again</a></p>',
      'A [1], B [2] and A again [1]',
      ['[1] https://a.example/', '[2] https://b.example/'],
    ],
    [
      'a link showing its own address',
      '<p><a href="https://a.example/">https://a.example/</a></p>',
      'https://a.example/',
      [],
    ],
    ['hidden text', '<p hidden>Secret</p><p>Shown</p>', 'Shown', []],
    [
      'a callout table',
      emailWidgetCallout({
        kind: 'k',
        title: 'T',
        description: 'D',
        url: 'https://x/#k',
        toolUrl: undefined,
      }),
      `Interactive\n\n### T\n\nD\n\n${CALLOUT_BUTTON_TEXT} [1]`,
      ['[1] https://x/#k'],
    ],
  ])('%s', (_, html, text, links) => {
    const references = new LinkReferences();
    expect(htmlToText(html, references)).toBe(text);
    expect(references.list()).toEqual(links);
  });

  it('keeps every word of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[\p{L}\p{N}’“”.,!?-]{1,12}$/u), { minLength: 1, maxLength: 20 }),
        (words) => {
          const text = htmlToText(
            `<p>${words.map(escapeHtml).join(' <em>x</em> ')}</p>`,
            new LinkReferences(),
          );
          expect(text).toBe(words.join(' x '));
        },
      ),
    );
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

describe('emailText', () => {
  const text = emailText(edition);

  it('starts with the newsletter, the number and date, the title marked as a heading', () => {
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Career Quick Tips',
      'Issue #58 · 2 December 2026',
      '',
      '# Ask for the Level <You> Want',
      'Before you sign',
      '',
      'Read it on the web [1]',
      '',
    ]);
  });

  it('lists every link once, at the end, in order', () => {
    const links = text
      .slice(text.indexOf('\nLinks:\n') + 8)
      .trim()
      .split('\n');
    expect(links).toEqual([
      '[1] https://news.example/issues/58/',
      '[2] https://news.example/about/',
      '[3] https://news.example/issues/58/#take-the-call',
      '[4] https://news.example/issues/58/#counteroffer',
      '[5] {{unsubscribe_url}}',
      '[6] https://news.example/subscribe',
    ]);
    expect(text).toContain('Intro with a link [2] & a “quote”.');
    expect(text).toContain(`### Counteroffer builder\n\nCompare the offers.\n\n${CALLOUT_BUTTON_TEXT} [4]`);
  });
});

describe('emailSubject', () => {
  it('numbers the title as the feeds do', () => {
    expect(emailSubject({ number: 57, title: 'Quick Tip' })).toBe('#57: Quick Tip');
  });
});

describe('emailSiteUrl', () => {
  it('accepts an absolute web address', () => {
    expect(emailSiteUrl('https://news.example').href).toBe('https://news.example/');
  });

  it.each([
    [undefined, 'The site URL is not set, so the email edition cannot link to the website.'],
    ['', 'The site URL is not set, so the email edition cannot link to the website.'],
    ['/newsletter/', 'The site URL "/newsletter/" is not an absolute URL.'],
    ['ftp://news.example/', 'The site URL "ftp://news.example/" is not a web address.'],
  ])('refuses %j', (url, message) => {
    expect(() => emailSiteUrl(url)).toThrow(message);
  });
});

describe('npm run email: arguments', () => {
  it.each([
    [['57'], { all: false, numbers: [57] }],
    [['057', '#58', '57'], { all: false, numbers: [57, 58] }],
    [['--all'], { all: true }],
  ])('%j → %o', (args, request) => {
    expect(parseEmailArgs(args)).toEqual(request);
  });

  it.each([
    [[], 'Say which issue to write.'],
    [['abc'], '"abc" is not an issue number.'],
    [['0'], '"0" is not an issue number.'],
    [['--all', '57'], 'Give either --all or issue numbers, not both.'],
  ])('refuses %j', (args, message) => {
    expect(() => parseEmailArgs(args)).toThrow(message);
  });

  it('reads any positive number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (number) => {
        expect(parseEmailArgs([String(number)])).toEqual({ all: false, numbers: [number] });
      }),
    );
  });
});

describe('npm run email: which issues', () => {
  const known: KnownIssue[] = [
    { number: 57, draft: false, file: 'content/issues/057-a.mdx' },
    { number: 56, draft: false, file: 'content/issues/056-b.mdx' },
    { number: 58, draft: true, file: 'content/issues/058-c.mdx' },
  ];

  it.each([
    [{ all: true } as const, [56, 57]],
    [{ all: false, numbers: [57, 56] } as const, [56, 57]],
  ])('%o → %j', (request, numbers) => {
    expect(selectIssues(request, known)).toEqual(numbers);
  });

  it.each([
    [{ all: false, numbers: [99] } as const, known, 'There is no issue #99. Published issues: #56, #57.'],
    [
      { all: false, numbers: [58] } as const,
      known,
      'Issue #58 is a draft (content/issues/058-c.mdx), and drafts are never sent. Remove `draft: true` from its frontmatter to publish it first; preview it meanwhile with npm run dev at /issues/58/email/.',
    ],
    [
      { all: true } as const,
      [known[2] as KnownIssue],
      'There is no published issue to write: every issue is a draft.',
    ],
    [{ all: false, numbers: [1] } as const, [], 'There is no issue #1. Published issues: none.'],
  ])('refuses %o', (request, issues, message) => {
    expect(() => selectIssues(request, issues)).toThrow(message);
  });

  it.each([
    [57, '057'],
    [7, '007'],
    [1234, '1234'],
  ])('names issue %i’s files %s', (number, stem) => {
    expect(emailFileStem(number)).toBe(stem);
  });

  it.each([
    [512, '512 B'],
    [16_700, '16.3 KB'],
  ])('formats %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    ['', 'SITE_URL is set but empty'],
    ['news.example', 'SITE_URL "news.example" is not an absolute URL.'],
    ['mailto:a@b.c', 'SITE_URL "mailto:a@b.c" is not a web address.'],
  ])('refuses SITE_URL=%j', (value, message) => {
    expect(() => checkSiteUrlEnv(value)).toThrow(message);
  });

  it('accepts an unset or absolute SITE_URL', () => {
    expect(() => checkSiteUrlEnv(undefined)).not.toThrow();
    expect(() => checkSiteUrlEnv('https://news.example/newsletter/')).not.toThrow();
  });
});

describe('byteSize', () => {
  it('counts UTF-8 bytes, and Gmail’s limit is 102 KB', () => {
    expect(byteSize('a–b')).toBe(5);
    expect(GMAIL_CLIP_BYTES).toBe(104_448);
  });
});
