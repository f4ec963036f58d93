// `npm run import -- <export>`: brings a newsletter's back catalogue into content/issues/.
// The export is read from disk only (a feed file, a Substack/Buttondown zip or folder, a Ghost
// JSON file, a folder of Markdown); the one thing it may fetch is an image the export does not
// hold, and only with --download-images. Decisions are made by src/lib/import (pure); this file
// reads the disk and the network before, and writes what the plan says after.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseImportArgs } from '../src/lib/import/cli.ts';
import { readSource } from '../src/lib/import/detect.ts';
import sharp from 'sharp';
import { downloadImage } from '../src/lib/import/download.ts';
import { filesFromMap, filesFromZip, isZip, MAX_FILE_BYTES, MAX_ZIP_BYTES } from '../src/lib/import/files.ts';
import { filesFromFolder } from '../src/lib/import/folder.ts';
import { htmlImageSources } from '../src/lib/import/html-to-markdown.ts';
import { exportCandidates, imageFormat, isRemote, markdownImageSources } from '../src/lib/import/images.ts';
import { readExisting } from '../src/lib/import/issue-file.ts';
import { messageOf, type ParsedSource, type SourceFiles } from '../src/lib/import/model.ts';
import { failUnreadableImages, planImport, type ImportPlan } from '../src/lib/import/plan.ts';
import { mergeRedirects, parseRedirects, redirectsFile, type Redirect } from '../src/lib/import/redirects.ts';
import { planTable, problemLines, summaryLine } from '../src/lib/import/report.ts';

const started = performance.now();
const issuesDir = process.env['ISSUES_DIR'] ?? 'content/issues';
const redirectsJson = join(issuesDir, '..', 'redirects.json');
const redirectsText = join('public', '_redirects');
/** The most pixels an image may have: a larger one is more likely a decompression bomb than a photo. */
const MAX_IMAGE_PIXELS = 100_000_000;

/** The export's files, from a folder, a zip or a single file. */
function openSource(path: string): SourceFiles {
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  if (statSync(path).isDirectory()) return filesFromFolder(path);
  const size = statSync(path).size;
  const megabytes = Math.ceil(size / 1024 / 1024);
  if (size > MAX_ZIP_BYTES)
    throw new Error(`${path} is ${megabytes} MB, over the import's ${MAX_ZIP_BYTES / 1024 / 1024} MB.`);
  const bytes = readFileSync(path);
  if (isZip(bytes)) return filesFromZip(path, bytes);
  if (size > MAX_FILE_BYTES)
    throw new Error(
      `${path} is ${megabytes} MB, over the import's ${MAX_FILE_BYTES / 1024 / 1024} MB for one file.`,
    );
  return filesFromMap(path, new Map([[basename(path), bytes]]));
}

/** Issue files already in the collection (recursive, as the content loader reads them). */
function existingIssues() {
  if (!existsSync(issuesDir)) return [];
  return readdirSync(issuesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readExisting(name.split('\\').join('/'), readFileSync(join(issuesDir, name), 'utf8')));
}

/** Images the export does not hold but names by a web address. */
function remoteImages(source: ParsedSource, files: SourceFiles): string[] {
  const wanted = new Set<string>();
  for (const post of source.posts) {
    const sources =
      'html' in post.body ? htmlImageSources(post.body.html) : markdownImageSources(post.body.markdown);
    for (const src of sources) {
      const inExport = exportCandidates(src, post.folder ?? '').some((p) => files.read(p) !== undefined);
      if (isRemote(src) && !inExport) wanted.add(src);
    }
  }
  return [...wanted];
}

/** Downloads images, a few at a time; one refused or failed is reported, and its post links to it. */
async function download(urls: readonly string[]): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const bytes = await downloadImage(url);
        if (imageFormat(bytes)) found.set(url, bytes);
        else console.log(`! not downloaded: ${url}: it is not an image`);
      } catch (error) {
        console.log(`! not downloaded: ${url}: ${messageOf(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return found;
}

/** Each image that would not decode as the build decodes it, with the reason, by its file. */
async function unreadableImages(plan: ImportPlan): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  for (const item of plan.items) {
    for (const image of item.images) {
      try {
        const decoder = sharp(image.bytes, { limitInputPixels: MAX_IMAGE_PIXELS });
        const { width, height } = await decoder.metadata();
        if (!width || !height) throw new Error('it has no width and height');
        // A small rendition decodes every pixel, as the build's optimiser will, without holding them.
        await decoder.resize(16).toBuffer();
      } catch (error) {
        problems.set(image.file, (messageOf(error).split('\n')[0] ?? '').trim());
      }
    }
  }
  return problems;
}

/** The redirect list and `_redirects` with this import's redirects merged in; throws when refused. */
function redirectFiles(added: readonly Redirect[]): { json: string; text: string } {
  const previous = parseRedirects(
    existsSync(redirectsJson) ? readFileSync(redirectsJson, 'utf8') : undefined,
  );
  const merged = mergeRedirects(previous, added);
  const old = existsSync(redirectsText) ? readFileSync(redirectsText, 'utf8') : '';
  return {
    json: `${JSON.stringify(merged, null, 2)}\n`,
    text: redirectsFile(old, previous, merged, (n) => `/issues/${n}/`, redirectsText),
  };
}

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  const files = openSource(args.source);
  const source = readSource(files, args.site);
  for (const line of files.skipped ?? []) console.log(`! left out of the export: ${line}`);
  const wanted = args.downloadImages && !args.dryRun ? remoteImages(source, files) : [];
  if (wanted.length > 0) console.log(`Downloading ${wanted.length} image(s) the export does not hold…`);
  const downloaded = await download(wanted);
  const planned = planImport(source, files, existingIssues(), {
    start: args.start,
    defaultTopic: args.topic,
    today: new Date().toISOString().slice(0, 10),
    issuesDir: relative('.', issuesDir) || '.',
    downloaded,
    timeZone: args.timeZone,
  });
  const plan = failUnreadableImages(planned, await unreadableImages(planned));

  // Decided before anything is written: a refused _redirects stops the import whole.
  const redirects = plan.redirects.length > 0 ? redirectFiles(plan.redirects) : undefined;
  if (!args.dryRun) {
    for (const item of plan.items) {
      if ((item.action !== 'create' && item.action !== 'update') || !item.file || !item.text) continue;
      for (const image of item.images) {
        mkdirSync(dirname(join(issuesDir, image.file)), { recursive: true });
        writeFileSync(join(issuesDir, image.file), image.bytes);
      }
      mkdirSync(dirname(join(issuesDir, item.file)), { recursive: true });
      writeFileSync(join(issuesDir, item.file), item.text);
    }
    if (redirects) {
      writeFileSync(redirectsJson, redirects.json);
      mkdirSync(dirname(redirectsText), { recursive: true });
      writeFileSync(redirectsText, redirects.text);
    }
  }

  const dryRun = args.dryRun ? 'Dry run: nothing written, no image downloaded. ' : '';
  console.log(`${dryRun}${files.name}: ${source.kind} export, ${plan.items.length} post(s)\n`);
  console.log(planTable(plan));
  const problems = problemLines(plan);
  if (problems.length > 0) console.log(`\n${problems.join('\n')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${summaryLine(plan)} (${seconds} s)`);
  return plan.items.some((item) => item.action === 'failed') ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 2;
  },
);
