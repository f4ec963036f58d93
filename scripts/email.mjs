// `npm run email -- 57` writes dist-email/057.html and dist-email/057.txt, the issue's email
// edition; `npm run email -- --all` writes every published issue's. `--out <dir>` writes
// elsewhere. It builds the site once, in a temporary folder, with EMAIL_EDITION=1: the same
// routes that preview the email in `npm run dev` (/issues/57/email/) then exist in the build,
// so what is sent is exactly what was previewed. dist/ is left alone.
// First: the author's .env joins process.env, as for the build.
import '../src/load-env.ts';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  emailSiteUrl,
  emailFileStem,
  formatBytes,
  parseEmailArgs,
  scheduledIssues,
  scheduledLine,
  selectIssues,
} from '../src/lib/email/cli.ts';
import { byteSize, GMAIL_CLIP_BYTES } from '../src/lib/email/html.ts';
import { readSettings } from '../src/lib/settings/settings.ts';
import { issueEmailPath, issueEmailTextPath } from '../src/lib/paths/site-paths.ts';
import { readIssueFiles } from './issues.mjs';

/** `--out <dir>` and the rest of the arguments. */
function splitArgs(args) {
  const rest = [];
  let out = 'dist-email';
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '--out') {
      out = args[index + 1] ?? '';
      if (!out) throw new Error('--out needs a folder, like --out dist-email');
      index += 1;
    } else rest.push(args[index]);
  }
  return { out, rest };
}

/** Every issue in the content folder with its number, draft flag and date, read as the content collection reads it. */
async function knownIssues() {
  // An invalid issue is left out here: the build below stops on it, naming the file and the field.
  return (await readIssueFiles()).flatMap(({ file, issue }) =>
    issue
      ? [{ number: issue.number, draft: issue.draft, date: issue.date, dateOffset: issue.dateOffset, file }]
      : [],
  );
}

/** Builds the site with the email routes into `outDir`, quietly; throws what Astro reports. */
async function buildWithEmailRoutes(outDir, cacheDir) {
  process.env.EMAIL_EDITION = '1';
  // A production build whatever the caller's environment (Vitest sets NODE_ENV=test, which
  // would make Astro's import.meta.env.DEV true and let drafts in).
  process.env.NODE_ENV = 'production';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'error' });
}

async function main() {
  const started = performance.now();
  const { out, rest } = splitArgs(process.argv.slice(2));
  const request = parseEmailArgs(rest);
  emailSiteUrl(readSettings(process.env));
  const known = await knownIssues();
  const now = new Date();
  const numbers = selectIssues(request, known, now);
  if (request.all) for (const issue of scheduledIssues(known, now)) console.log(scheduledLine(issue));

  const work = await mkdtemp(join(tmpdir(), 'newsletter-email-'));
  try {
    const site = join(work, 'site');
    await buildWithEmailRoutes(site, join(work, 'cache'));
    await mkdir(out, { recursive: true });
    const tooBig = [];
    for (const number of numbers) {
      const html = await readFile(join(site, issueEmailPath(number), 'index.html'), 'utf8').catch(() => {
        throw new Error(
          `The build wrote no email for issue #${number}: is it published (no \`draft: true\`)?`,
        );
      });
      const text = await readFile(join(site, issueEmailTextPath(number)), 'utf8');
      const stem = join(out, emailFileStem(number));
      await writeFile(`${stem}.html`, html);
      await writeFile(`${stem}.txt`, text);
      const htmlBytes = byteSize(html);
      console.log(`${relative(process.cwd(), `${stem}.html`)}  ${formatBytes(htmlBytes)}`);
      console.log(`${relative(process.cwd(), `${stem}.txt`)}  ${formatBytes(byteSize(text))}`);
      if (htmlBytes > GMAIL_CLIP_BYTES) tooBig.push(`${stem}.html`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Wrote ${numbers.length} email${numbers.length === 1 ? '' : 's'} in ${seconds} s.`);
    if (tooBig.length > 0) {
      throw new Error(
        `${tooBig.join(', ')} ${tooBig.length === 1 ? 'is' : 'are'} over ${formatBytes(GMAIL_CLIP_BYTES)}: Gmail would clip the end, unsubscribe link included. Shorten the issue or split it.`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`npm run email: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
