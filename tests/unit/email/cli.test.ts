import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/lib/settings/settings.ts';
import fc from 'fast-check';
import {
  emailSiteUrl,
  emailFileStem,
  formatBytes,
  parseEmailArgs,
  scheduledIssues,
  scheduledLine,
  selectIssues,
  type KnownIssue,
} from '../../../src/lib/email/cli.ts';
import { readIssueFiles } from '../../../scripts/issues.mjs';

const dir = mkdtempSync(join(tmpdir(), 'newsletter-issue-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

type IssueFile = {
  file: string;
  issue: { number: number; draft: boolean; date: Date; dateOffset: number } | null;
  error: string | null;
};
/** The moment the tests run the command at. */
const NOW = new Date('2026-12-02T10:00:00Z');
const day = (text: string) => ({ date: new Date(text), dateOffset: 0 });

describe('the scripts read issues as the site does: issue 15, case 11', () => {
  it('finds an issue saved with a byte-order mark and CRLF line endings, so `npm run email -- 60` works', async () => {
    const seed = readFileSync('content/issues/057-always-discuss-the-job-offer.mdx', 'utf8');
    const sixty = `\uFEFF${seed.replace('number: 57', 'number: 60').replace(/\n/g, '\r\n')}`;
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '060-bom.mdx'), sixty);
    writeFileSync(join(dir, '061-broken.mdx'), '---\nnumber: 0\n---\n');
    const files = (await readIssueFiles(dir)) as IssueFile[];
    const known = files.flatMap(({ file, issue }) =>
      issue
        ? [{ number: issue.number, draft: issue.draft, date: issue.date, dateOffset: issue.dateOffset, file }]
        : [],
    );
    expect(known.map(({ number, file }) => ({ number, file }))).toEqual([
      { number: 60, file: join(dir, 'sub', '060-bom.mdx') },
    ]);
    expect(selectIssues({ all: false, numbers: [60] }, known, NOW)).toEqual([60]);
    expect(files.find((f) => f.file.endsWith('061-broken.mdx'))?.error).toBeTruthy();
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
    { number: 57, draft: false, ...day('2026-11-25'), file: 'content/issues/057-a.mdx' },
    { number: 56, draft: false, ...day('2026-11-18'), file: 'content/issues/056-b.mdx' },
    { number: 58, draft: true, ...day('2026-11-30'), file: 'content/issues/058-c.mdx' },
  ];
  const scheduled: KnownIssue = {
    number: 74,
    draft: false,
    date: new Date('2026-12-10T09:00:00-05:00'),
    dateOffset: -300,
    file: 'content/issues/074-d.mdx',
  };

  it.each([
    [{ all: true } as const, [56, 57]],
    [{ all: false, numbers: [57, 56] } as const, [56, 57]],
  ])('%o → %j', (request, numbers) => {
    expect(selectIssues(request, known, NOW)).toEqual(numbers);
  });

  it('--all skips a scheduled issue and says so (issue 27)', () => {
    const all = [...known, scheduled];
    expect(selectIssues({ all: true }, all, NOW)).toEqual([56, 57]);
    expect(scheduledIssues(all, NOW).map(scheduledLine)).toEqual([
      'Skipped issue #74: scheduled for 2026-12-10 (content/issues/074-d.mdx); its email is written from that day.',
    ]);
    expect(scheduledIssues(all, new Date('2026-12-10T14:00:00Z'))).toEqual([]);
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
    [
      { all: false, numbers: [74] } as const,
      [...known, scheduled],
      'Issue #74 is scheduled for 2026-12-10 (content/issues/074-d.mdx), and the build writes its email from that day. Run this again then; preview it meanwhile with npm run dev at /issues/74/email/.',
    ],
    [
      { all: true } as const,
      [scheduled],
      'There is no published issue to write: every issue is a draft or scheduled for later.',
    ],
  ])('refuses %o', (request, issues, message) => {
    expect(() => selectIssues(request, issues, NOW)).toThrow(message);
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

  it('refuses to write an email without SITE_URL, whose links would lead to the local server', () => {
    expect(() => emailSiteUrl(readSettings({}))).toThrow('SITE_URL is not set');
    expect(emailSiteUrl(readSettings({ SITE_URL: 'https://news.example' }))).toBe('https://news.example/');
  });
});
