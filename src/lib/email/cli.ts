// `npm run email`'s decisions, kept pure: which issues to write, and what to say when the
// request cannot be met.
import type { Settings } from '../settings/settings.ts';
import { publicationDay } from '../content/publication-date.ts';
import { isPublishable } from '../content/strict-date.ts';
import { issueEmailPath } from '../paths/site-paths.ts';

/** The usage line every argument error ends with. */
export const EMAIL_USAGE =
  'Usage: npm run email -- 57   (one issue; several numbers are fine)\n       npm run email -- --all   (every published issue)';

/** What `npm run email` was asked for. */
export type EmailRequest = { all: true } | { all: false; numbers: readonly number[] };

/** Reads the command line: issue numbers (57, 057, #57) or `--all`. */
export function parseEmailArgs(args: readonly string[]): EmailRequest {
  if (args.length === 0) throw new Error(`Say which issue to write.\n${EMAIL_USAGE}`);
  if (args.includes('--all')) {
    if (args.length > 1) throw new Error(`Give either --all or issue numbers, not both.\n${EMAIL_USAGE}`);
    return { all: true };
  }
  const numbers = args.map((arg) => {
    const match = /^#?(\d+)$/.exec(arg.trim());
    const number = match ? Number(match[1]) : NaN;
    if (!Number.isSafeInteger(number) || number < 1) {
      throw new Error(`"${arg}" is not an issue number.\n${EMAIL_USAGE}`);
    }
    return number;
  });
  return { all: false, numbers: [...new Set(numbers)] };
}

/** An issue as the content folder has it: its number, whether it is a draft, its date, its file. */
export interface KnownIssue {
  number: number;
  draft: boolean;
  /** The publication instant, and the offset it was written in (minutes east of UTC). */
  date: Date;
  dateOffset: number;
  file: string;
}

/** Issues that are not drafts but whose date is still to come at `now`: the build leaves them out. */
export function scheduledIssues(known: readonly KnownIssue[], now: Date): KnownIssue[] {
  return known
    .filter((issue) => !issue.draft && !isPublishable(issue, now))
    .sort((a, b) => a.number - b.number);
}

/** The line `npm run email -- --all` prints for a scheduled issue it skips. */
export function scheduledLine(issue: KnownIssue): string {
  return `Skipped issue #${issue.number}: scheduled for ${publicationDay(issue.date, issue.dateOffset)} (${issue.file}); its email is written from that day.`;
}

/**
 * The issue numbers to write at `now`, in ascending order: with --all, every published one
 * (scheduled ones are skipped, see scheduledIssues). Throws, naming the fix, for a number no
 * issue has, an issue that is still a draft (drafts are never sent), or one scheduled for later.
 */
export function selectIssues(request: EmailRequest, known: readonly KnownIssue[], now: Date): number[] {
  const published = known
    .filter((issue) => isPublishable(issue, now))
    .map((issue) => issue.number)
    .sort((a, b) => a - b);
  if (request.all) {
    if (published.length === 0) {
      throw new Error(
        known.some((issue) => !issue.draft)
          ? 'There is no published issue to write: every issue is a draft or scheduled for later.'
          : 'There is no published issue to write: every issue is a draft.',
      );
    }
    return published;
  }
  for (const number of request.numbers) {
    const issue = known.find((candidate) => candidate.number === number);
    if (!issue) {
      const list = published.length > 0 ? published.map((n) => `#${n}`).join(', ') : 'none';
      throw new Error(`There is no issue #${number}. Published issues: ${list}.`);
    }
    if (issue.draft) {
      throw new Error(
        `Issue #${number} is a draft (${issue.file}), and drafts are never sent. Remove \`draft: true\` from its frontmatter to publish it first; preview it meanwhile with npm run dev at ${issueEmailPath(number)}.`,
      );
    }
    if (!isPublishable(issue, now)) {
      throw new Error(
        `Issue #${number} is scheduled for ${publicationDay(issue.date, issue.dateOffset)} (${issue.file}), and the build writes its email from that day. Run this again then; preview it meanwhile with npm run dev at ${issueEmailPath(number)}.`,
      );
    }
  }
  return [...request.numbers].sort((a, b) => a - b);
}

/** The file name of an issue's email: the number padded to three digits ("057"). */
export function emailFileStem(number: number): string {
  return String(number).padStart(3, '0');
}

/** A byte count for people: "16.3 KB". */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The site URL the email's links are built from. Unlike a local build, an email can't point at
 * the local server: it is sent to readers, so SITE_URL must be set (readSettings has checked it).
 */
export function emailSiteUrl(settings: Settings): string {
  if (!settings.siteUrlSet) {
    throw new Error(
      'SITE_URL is not set: the email edition links to the site, and readers can’t reach http://localhost:4321/. Set SITE_URL in .env (or the shell) to the address readers use, like SITE_URL=https://news.example.com.',
    );
  }
  return settings.siteUrl;
}
