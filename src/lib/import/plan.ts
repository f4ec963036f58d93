// The import's decisions, made before anything is written: for each post, its number, file,
// body and images, and whether to create, update, skip or fail it. Pure: the command reads
// the disk and the network before, and writes what the plan says after.
import { dateValue, inTimeZone } from './dates.ts';
import { describePost } from './describe.ts';
import { issueBody } from './body.ts';
import { buildProblem } from './build-checks.ts';
import { exportCandidates, imageFileName, imageFormat, type ImageReport } from './images.ts';
import { issueFileText, issueStem, provenanceKey, type ExistingIssue } from './issue-file.ts';
import { messageOf, type ParsedSource, type SourceFiles, type SourcePost } from './model.ts';
import { assignNumbers, numberFromTitle } from './numbering.ts';
import { oldPath, type Redirect } from './redirects.ts';
import { mapTopics } from './topics.ts';

/** The longest post body the import converts (characters of HTML or Markdown). A long issue is a tenth of it. */
export const MAX_POST_CHARACTERS = 2_000_000;

/** What happens to one post. */
export type Action = 'create' | 'update' | 'unchanged' | 'skip-edited' | 'failed';

/** One row of the plan. */
export interface PlannedIssue extends ImageReport {
  position: string;
  title: string;
  action: Action;
  number?: number | undefined;
  /** The issue file, relative to the issues folder. */
  file?: string | undefined;
  /** The file's new text (create and update only). */
  text?: string | undefined;
  /** Images to write, relative to the issues folder. */
  images: { file: string; bytes: Uint8Array }[];
  /** Raw HTML the allow-list removed (a script, an `onclick`, a `style`), in words. */
  removed?: string[];
  /** SVG images the export holds, left out: served from the site, their scripts would run there. */
  svg?: string[];
  /** Why it failed or was skipped. */
  message?: string | undefined;
  draft: boolean;
}

/** Everything the command needs to carry the import out. */
export interface ImportPlan {
  items: PlannedIssue[];
  redirects: Redirect[];
}

/** Settings from the command line. */
export interface PlanOptions {
  /** The first number given to posts whose title carries none. */
  start: number;
  /** The topic of a post without tags. */
  defaultTopic: string;
  /** The date given to an undated draft (YYYY-MM-DD). */
  today: string;
  /** The issues folder as the author sees it, for messages ("content/issues"). */
  issuesDir: string;
  /** Images downloaded by the command, by their address. */
  downloaded?: ReadonlyMap<string, Uint8Array>;
  /** The author's time zone (`--time-zone`) for dates the export gives in UTC. Default: the export's own, else UTC. */
  timeZone?: string | undefined;
}

/** The plan for every post of an export against the issues already there. */
export function planImport(
  source: ParsedSource,
  files: SourceFiles,
  existing: readonly ExistingIssue[],
  options: PlanOptions,
): ImportPlan {
  const byKey = new Map(existing.filter((e) => e.key).map((e) => [e.key as string, e]));
  const byNumber = new Map<number, ExistingIssue>();
  for (const file of existing)
    if (file.number !== undefined && !byNumber.has(file.number)) byNumber.set(file.number, file);
  // A file at the path a post would take, whatever its extension or frontmatter says.
  const byStem = new Map(existing.map((e) => [e.path.replace(/\.mdx?$/, ''), e]));
  // Each topic once: a thousand issues share a handful of topics.
  const existingTopics = [...new Set(existing.flatMap((e) => e.topics))];

  const posts = source.posts.map((post) => {
    const fromTitle = numberFromTitle(post.title);
    const match = byKey.get(provenanceKey(post.kind, post.id));
    return {
      post,
      match,
      title: fromTitle?.title ?? post.title,
      number: match?.number ?? fromTitle?.number ?? post.number,
    };
  });
  const numbers = assignNumbers(
    posts.map((p) => ({ number: p.number, date: p.post.date })),
    options.start,
    new Set(byNumber.keys()),
  );

  const claimedBy = new Map<number, PlannedIssue>();
  const items: PlannedIssue[] = source.failures.map((f) => ({
    position: f.position,
    title: f.title ?? '(no title)',
    action: 'failed' as const,
    message: f.message,
    images: [],
    missing: [],
    withoutAlt: [],
    draft: false,
  }));
  const redirects: Redirect[] = [];
  posts.forEach(({ post, match, title }, index) => {
    const number = numbers[index] as number;
    const item = planOne(post, title, number, match, byNumber, byStem, claimedBy, files, existingTopics, {
      ...options,
      timeZone: options.timeZone ?? source.timeZone,
    });
    items.push(item);
    if (item.action !== 'failed') claimedBy.set(number, item);
    const from = oldPath(post.url);
    if (from && item.action !== 'failed' && !item.draft) redirects.push({ from, to: number });
  });
  return { items, redirects };
}

/** The plan for one post; any error fails this post only. */
function planOne(
  post: SourcePost,
  title: string,
  number: number,
  match: ExistingIssue | undefined,
  byNumber: ReadonlyMap<number, ExistingIssue>,
  byStem: ReadonlyMap<string, ExistingIssue>,
  claimedBy: ReadonlyMap<number, PlannedIssue>,
  files: SourceFiles,
  existingTopics: readonly string[],
  options: PlanOptions,
): PlannedIssue {
  const base = {
    position: post.position,
    title,
    number,
    images: [],
    missing: [],
    withoutAlt: [],
    draft: post.draft,
  };
  const fail = (message: string): PlannedIssue => ({ ...base, action: 'failed', message });
  try {
    const stem = match ? match.path.replace(/\.mdx?$/, '') : issueStem(number, title);
    const file = `${stem}.md`;
    if (match && match.path !== file) {
      return fail(
        `${options.issuesDir}/${match.path} holds this post from an earlier import, but the import writes ${options.issuesDir}/${file}: ` +
          `it was renamed, so it is the author’s now. Rename it back to ${file} to let the import update it.`,
      );
    }
    const inTheWay = match ? undefined : byStem.get(stem);
    if (inTheWay) {
      return fail(
        `${options.issuesDir}/${inTheWay.path} is already there, and no import of this post wrote it; this post would be ${options.issuesDir}/${file}. ` +
          'Rename or move that file (or delete it if this post should take its place), then run the import again.',
      );
    }
    const taken = match ? undefined : byNumber.get(number);
    if (taken) {
      return fail(
        `Number ${number} is taken by ${options.issuesDir}/${taken.path}; this post would be ${options.issuesDir}/${file}. ` +
          'Renumber one of them: the `number:` of that file, or the number in the post’s title in the export.',
      );
    }
    const earlier = claimedBy.get(number);
    if (earlier) {
      return fail(
        `Number ${number} is also that of ${earlier.position} ("${earlier.title}", ${options.issuesDir}/${earlier.file}); ` +
          `this post would be ${options.issuesDir}/${file}.`,
      );
    }
    if (match && !match.unedited) {
      return {
        ...base,
        action: 'skip-edited',
        file: match.path,
        message: 'edited since it was imported: left as it is',
      };
    }
    const size = 'html' in post.body ? post.body.html.length : post.body.markdown.length;
    if (size > MAX_POST_CHARACTERS) {
      return fail(
        `The post is ${Math.ceil(size / 1_000_000)} million characters long, over the import's ${MAX_POST_CHARACTERS / 1_000_000} million: ` +
          'an export that large is broken or not a newsletter. Split the post, or shorten it on the old platform and export again.',
      );
    }
    const written = post.date ?? (post.draft ? options.today : undefined);
    if (!written || Number.isNaN(dateValue(written)))
      return fail('The post has no publication date the import can read.');
    const date = options.timeZone ? inTimeZone(written, options.timeZone) : written;

    const images: { file: string; bytes: Uint8Array }[] = [];
    const refused: string[] = [];
    const names = new Set<string>();
    const local = new Map<string, string | undefined>();
    const resolve = (src: string): string | undefined => {
      if (local.has(src)) return local.get(src);
      const bytes =
        options.downloaded?.get(src) ??
        exportCandidates(src, post.folder ?? '')
          .map((p) => files.read(p))
          .find((b) => b !== undefined);
      const format = bytes ? imageFormat(bytes) : undefined;
      let reference: string | undefined;
      if (format === 'svg') {
        // Served from the site's origin, an SVG's script runs there: never copied in.
        refused.push(src);
      } else if (bytes && format) {
        const name = imageFileName(src, format, names);
        names.add(name);
        images.push({ file: `${stem}/${name}`, bytes });
        reference = `./${stem.split('/').pop()}/${name}`;
      }
      local.set(src, reference);
      return reference;
    };
    const converted = issueBody(post.body, resolve);
    if (!converted.markdown.trim())
      return fail('The post has no content once the platform’s buttons and links are removed.');
    const text = issueFileText(
      {
        number,
        title,
        subtitle: post.subtitle,
        date,
        description: describePost(post.description, converted.text, title),
        topics: mapTopics(post.tags, existingTopics, options.defaultTopic),
        draft: post.draft,
        imported: {
          from: post.kind,
          id: post.id,
          url: /^https?:\/\//.test(post.url ?? '') ? post.url : undefined,
        },
      },
      converted.markdown,
    );
    const problem = buildProblem(text, `${options.issuesDir}/${file}`);
    if (problem) return fail(`The build would refuse it: ${problem}`);
    return {
      ...base,
      action: match ? (match.text === text ? 'unchanged' : 'update') : 'create',
      file,
      text,
      images,
      missing: converted.missing.filter((src) => !refused.includes(src)),
      svg: refused,
      withoutAlt: converted.withoutAlt,
      removed: converted.removed,
    };
  } catch (error) {
    return fail(messageOf(error));
  }
}

/**
 * The plan with each post whose images do not decode failed, naming the image and the reason
 * (`problems`, by image file, from the command's decoder): the build would stop on them.
 */
export function failUnreadableImages(plan: ImportPlan, problems: ReadonlyMap<string, string>): ImportPlan {
  const failed = new Set<number | undefined>();
  const items = plan.items.map((item): PlannedIssue => {
    const bad = item.images.filter((image) => problems.has(image.file));
    if (bad.length === 0) return item;
    failed.add(item.number);
    const reasons = bad.map((image) => `${image.file} (${problems.get(image.file)})`).join('; ');
    return {
      ...item,
      action: 'failed',
      text: undefined,
      images: [],
      message: `Its images cannot be read as the build reads them: ${reasons}. Replace each with a PNG or JPEG that opens, or remove it from the post, then run the import again.`,
    };
  });
  return { items, redirects: plan.redirects.filter((r) => !failed.has(r.to)) };
}
