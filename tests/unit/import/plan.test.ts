import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { issueSchema } from '../../../src/schemas/issue.ts';
import { publicationDay } from '../../../src/lib/content/publication-date.ts';
import { readSource } from '../../../src/lib/import/detect.ts';
import { filesFromMap } from '../../../src/lib/import/files.ts';
import { contentHash, readExisting } from '../../../src/lib/import/issue-file.ts';
import type { SourceFiles } from '../../../src/lib/import/model.ts';
import {
  failUnreadableImages,
  planImport,
  type ImportPlan,
  type PlanOptions,
} from '../../../src/lib/import/plan.ts';
import { planTable, problemLines, summaryLine } from '../../../src/lib/import/report.ts';
import {
  buttondownExport,
  ghostExport,
  markdownFolder,
  PNG,
  substackExport,
} from '../../fixtures/import/exports.ts';
import { markdownPost, SCRIPTED_SVG } from '../../fixtures/import/hostile.ts';

const options: PlanOptions = {
  start: 1,
  defaultTopic: 'career',
  today: '2026-11-25',
  issuesDir: 'content/issues',
};

const folder = (files: Record<string, string | Uint8Array>): SourceFiles =>
  filesFromMap(
    'export',
    new Map(
      Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? new TextEncoder().encode(c) : c]),
    ),
  );

const AUTHOR_57 = readExisting(
  '057-always-discuss-the-job-offer.mdx',
  '---\nnumber: 57\ntitle: Mine\ntopics: [negotiation]\n---\nMy words.\n',
);

/** The plan for an export, against files already "on disk". */
function plan(
  files: Record<string, string | Uint8Array>,
  existing = [AUTHOR_57],
  extra: Partial<PlanOptions> = {},
): ImportPlan {
  const source = folder(files);
  return planImport(readSource(source), source, existing, { ...options, ...extra });
}

/** The files a plan writes, read back as the next run would see them. */
const written = (result: ImportPlan) =>
  result.items.filter((i) => i.text && i.file).map((i) => readExisting(i.file as string, i.text as string));

describe('planImport', () => {
  it('writes issues that pass the schema, numbered from titles and then by date', () => {
    const result = plan(substackExport(3));
    expect(result.items.map((i) => [i.action, i.number, i.file, i.draft])).toEqual([
      ['create', 1, '001-post-number-1.md', false],
      ['create', 12, '012-ask-for-more-kindly.md', false],
      ['create', 2, '002-post-number-3.md', true],
    ]);
    for (const item of result.items) {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(item.text as string)![1]!);
      expect(issueSchema.safeParse(data).error).toBeUndefined();
      expect(data.imported.hash).toBe(contentHash(item.text as string));
    }
  });

  it('writes a date so any YAML reader keeps the author’s day: 21:00 in New York stays on the 5th', () => {
    const files = substackExport(1);
    files['posts.csv'] = (files['posts.csv'] as string).replace(
      '2024-01-05T13:30:00.000Z',
      '2024-01-05T21:30:00-05:00',
    );
    const text = plan(files).items[0]?.text as string;
    expect(text).toContain('date: "2024-01-05T21:30:00-05:00"');
    // YAML 1.1, as Astro reads frontmatter, would make a Date of it unquoted and drop the offset.
    const data = issueSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: 'yaml-1.1' }));
    expect(data.date.toISOString()).toBe('2024-01-06T02:30:00.000Z');
    expect(publicationDay(data.date, data.dateOffset)).toBe('2024-01-05');
  });

  it('writes UTC dates in the author’s time zone: --time-zone, else the export’s own (Ghost)', () => {
    const dateOf = (result: ImportPlan) => /^date: (.*)$/m.exec(result.items[0]?.text as string)?.[1];
    const files = substackExport(1);
    files['posts.csv'] = (files['posts.csv'] as string).replace(
      '2024-01-05T13:30:00.000Z',
      '2024-01-06T02:30:00.000Z',
    );
    expect(dateOf(plan(files))).toBe('"2024-01-06T02:30:00Z"');
    expect(dateOf(plan(files, [AUTHOR_57], { timeZone: 'America/New_York' }))).toBe(
      '"2024-01-05T21:30:00-05:00"',
    );

    const ghost = JSON.parse(ghostExport()) as { db: { data: Record<string, unknown> }[] };
    ghost.db[0]!.data['settings'] = [{ key: 'timezone', value: 'America/Los_Angeles' }];
    const ghostFiles = { 'ghost.json': JSON.stringify(ghost) };
    expect(dateOf(plan(ghostFiles))).toBe('"2024-01-10T04:00:00-08:00"');
    expect(dateOf(plan(ghostFiles, [AUTHOR_57], { timeZone: 'Europe/Paris' }))).toBe(
      '"2024-01-10T13:00:00+01:00"',
    );
  });

  it('fails a post whose number is the author’s, naming both files, and imports the rest', () => {
    const files = substackExport(2);
    files['posts.csv'] = (files['posts.csv'] as string).replace('Issue #12: Ask', 'Issue #57: Ask');
    const result = plan(files);
    const failed = result.items.find((i) => i.action === 'failed');
    expect(failed?.message).toBe(
      'Number 57 is taken by content/issues/057-always-discuss-the-job-offer.mdx; this post would be ' +
        'content/issues/057-ask-for-more-kindly.md. Renumber one of them: the `number:` of that file, or the number in the post’s title in the export.',
    );
    expect(result.items.filter((i) => i.action === 'create')).toHaveLength(1);
    expect(problemLines(result)).toContain(`✗ posts.csv row 3 ("Ask for more, kindly"): ${failed?.message}`);
  });

  it('fails the second of two posts with the same number, naming both', () => {
    const files = substackExport(3);
    files['posts.csv'] = (files['posts.csv'] as string).replace('Post number 1', 'Issue #12: Twelve again');
    const result = plan(files);
    expect(result.items.map((i) => i.action)).toEqual(['create', 'failed', 'create']);
    expect(result.items[1]?.message).toBe(
      'Number 12 is also that of posts.csv row 2 ("Twelve again", content/issues/012-twelve-again.md); ' +
        'this post would be content/issues/012-ask-for-more-kindly.md.',
    );
  });

  it('is idempotent: a second run changes nothing', () => {
    const first = plan(substackExport(3));
    const second = plan(substackExport(3), [AUTHOR_57, ...written(first)]);
    expect(second.items.map((i) => i.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('updates an unedited file when the post changed, and skips one the author edited, saying so', () => {
    const first = written(plan(substackExport(2)));
    const edited = first.map((file, index) =>
      index === 0
        ? readExisting(file.path, file.text.replace('Post 1 opens', 'Post 1, as I now say, opens'))
        : file,
    );
    const changed = substackExport(2);
    changed['posts/1001.post-1.html'] = (changed['posts/1001.post-1.html'] as string).replace(
      'First point',
      'Changed point',
    );
    changed['posts/1002.post-2.html'] = (changed['posts/1002.post-2.html'] as string).replace(
      'First point',
      'Changed point',
    );
    const result = plan(changed, [AUTHOR_57, ...edited]);
    expect(result.items.map((i) => [i.action, i.file])).toEqual([
      ['skip-edited', '001-post-number-1.md'],
      ['update', '012-ask-for-more-kindly.md'],
    ]);
    expect(problemLines(result)).toContain(
      '• posts.csv row 2 ("Post number 1"): 001-post-number-1.md was edited since it was imported: left as it is.',
    );
  });

  describe('never replaces a file the import did not write', () => {
    const hello = substackExport(1);
    hello['posts.csv'] = (hello['posts.csv'] as string).replace('Post number 1', 'Issue #10: Hello');

    it.each([
      [
        'a hand-written file whose frontmatter says another number',
        '---\nnumber: 99\ntitle: Mine\n---\nMine.\n',
      ],
      ['a draft whose YAML is broken mid-edit', '---\nnumber: [10\ntitle: "Mine\n---\nMine.\n'],
    ])('%s', (_case, text) => {
      const mine = readExisting('010-hello.md', text);
      const result = plan(hello, [AUTHOR_57, mine]);
      expect(result.items.map((i) => [i.action, i.text])).toEqual([['failed', undefined]]);
      expect(result.items[0]?.message).toBe(
        'content/issues/010-hello.md is already there, and no import of this post wrote it; this post would be content/issues/010-hello.md. ' +
          'Rename or move that file (or delete it if this post should take its place), then run the import again.',
      );
    });

    it('an .mdx of the same name', () => {
      const mine = readExisting('010-hello.mdx', '---\nnumber: 99\n---\n');
      expect(plan(hello, [mine]).items[0]?.message).toContain(
        'content/issues/010-hello.mdx is already there',
      );
    });

    it('a broken draft’s number, read from its name', () => {
      const files = substackExport(1);
      files['posts.csv'] = (files['posts.csv'] as string).replace('Post number 1', 'Issue #58: Other');
      const draft = readExisting('058-ask-for-the-level.md', '---\nnumber: 58\ntitle: "Ask\n---\n');
      expect(plan(files, [draft]).items[0]?.message).toMatch(
        /^Number 58 is taken by content\/issues\/058-ask-for-the-level\.md/,
      );
    });

    it('an imported file renamed to .mdx: a failure naming both, no second file', () => {
      const first = written(plan(hello, []));
      const renamed = first.map((f) => readExisting(f.path.replace(/\.md$/, '.mdx'), f.text));
      const again = plan(hello, renamed);
      expect(again.items.map((i) => [i.action, i.text])).toEqual([['failed', undefined]]);
      expect(again.items[0]?.message).toMatch(
        /^content\/issues\/010-hello\.mdx holds this post from an earlier import, but the import writes content\/issues\/010-hello\.md/,
      );
    });
  });

  it('keeps an imported post’s number on a re-run, whatever --start says', () => {
    const first = written(plan(substackExport(3)));
    const again = plan(substackExport(3), [AUTHOR_57, ...first], { start: 100 });
    expect(again.items.map((i) => i.number)).toEqual([1, 12, 2]);
  });

  it('copies images the export holds beside the issue and reports the missing one by name', () => {
    const result = plan(buttondownExport());
    const [raise] = result.items;
    expect(raise?.images.map((i) => i.file)).toEqual(['021-raise-season/local.png']);
    expect(raise?.images[0]?.bytes).toEqual(PNG);
    expect(raise?.text).toContain('![Image: local](./021-raise-season/local.png)');
    expect(raise?.missing).toEqual(['https://buttondown.example.invalid/images/calendar.png']);
    expect(problemLines(result)).toContain(
      '! emails.csv row 2 ("Raise season"): image not found, left as a link: https://buttondown.example.invalid/images/calendar.png',
    );
  });

  it('never copies an SVG from an export: from the site’s address its script would run (issue 27)', () => {
    const files = markdownPost('A diagram: ![Diagram](./diagram.svg)', 'posts/post.md');
    files['posts/diagram.svg'] = SCRIPTED_SVG;
    const result = plan(files);
    const [item] = result.items;
    expect(item?.action).toBe('create');
    expect(item?.images).toEqual([]);
    expect(item?.svg).toEqual(['./diagram.svg']);
    expect(item?.missing).toEqual([]);
    expect(problemLines(result)).toContain(
      `! post.md ("A post"): SVG image left out (from the site's address its scripts would run): save it as PNG and add it by hand: ./diagram.svg`,
    );
  });

  it('fails a post whose image does not decode, naming the image; its redirect goes too (issue 27)', () => {
    const result = plan(buttondownExport());
    const failed = failUnreadableImages(
      result,
      new Map([['021-raise-season/local.png', 'vipspng: libpng read error']]),
    );
    expect(failed.items[0]?.action).toBe('failed');
    expect(failed.items[0]?.text).toBeUndefined();
    expect(failed.items[0]?.message).toBe(
      'Its images cannot be read as the build reads them: 021-raise-season/local.png (vipspng: libpng read error). ' +
        'Replace each with a PNG or JPEG that opens, or remove it from the post, then run the import again.',
    );
    expect(failed.redirects).toEqual([]);
    expect(failUnreadableImages(result, new Map())).toEqual(result);
  });

  it('uses an image the command downloaded', () => {
    const result = planImport(readSource(folder(buttondownExport())), folder(buttondownExport()), [], {
      ...options,
      downloaded: new Map([['https://buttondown.example.invalid/images/calendar.png', PNG]]),
    });
    expect(result.items[0]?.images.map((i) => i.file)).toEqual([
      '021-raise-season/calendar.png',
      '021-raise-season/local.png',
    ]);
    expect(result.items[0]?.missing).toEqual([]);
  });

  it('finds Ghost images under content/images and Markdown-folder images beside the post', () => {
    const ghost = plan({ 'ghost.json': ghostExport(), 'content/images/2024/01/photo.png': PNG });
    expect(ghost.items[0]?.images.map((i) => i.file)).toEqual(['001-ghost-post/photo.png']);
    const markdown = plan(markdownFolder());
    expect(markdown.items[0]?.text).toContain('![illustration](./005-markdown-post/pic.png)');
  });

  it('dates an undated draft today, and fails an undated published post', () => {
    const files = buttondownExport();
    files['emails.csv'] = (files['emails.csv'] as string).replace('2024-05-01T10:00:00.123456+00:00', '');
    const result = plan(files);
    expect(result.items.map((i) => [i.action, i.message])).toEqual([
      ['failed', 'The post has no publication date the import can read.'],
      ['create', undefined],
    ]);
    expect(result.items[1]?.text).toContain('date: "2026-11-25"');
  });

  it('redirects each published post’s old path, never a draft’s', () => {
    expect(plan(substackExport(3)).redirects).toEqual([
      { from: '/p/post-1/', to: 1 },
      { from: '/p/post-2/', to: 12 },
    ]);
  });

  it('prints a table and a summary', () => {
    const result = plan(substackExport(2));
    expect(planTable(result).split('\n')[0]).toMatch(/^action\s+number\s+file\s+title\s+from$/);
    expect(planTable(result)).toContain('create  #12     012-ask-for-more-kindly.md');
    expect(summaryLine(result)).toBe(
      '2 created, 0 updated, 0 unchanged, 0 skipped (edited), 0 failed; 4 missing image(s); 1 redirect(s)',
    );
  });
});

describe('malformed Buttondown exports say what is wrong (issue 27)', () => {
  it.each([
    [
      '{"emails": {}}',
      'emails.json holds an object (keys: emails); the import reads a list of emails, [{"subject": …, "body": …}, …]. Export it again from Buttondown.',
    ],
    ['"x"', 'emails.json holds a string; the import reads a list of emails'],
    ['null', 'emails.json holds null;'],
    ['[{"subject": "A"', 'emails.json is not JSON ('],
  ])('emails.json %s', (json, message) => {
    expect(() => plan({ 'emails.json': json })).toThrow(message);
  });

  it('fails an email that is not an object, and imports the rest', () => {
    const result = plan({
      'emails.json': JSON.stringify([
        42,
        { id: 'b1', subject: 'Raise', body: 'Ask.', publish_date: '2024-05-01' },
      ]),
    });
    expect(result.items.map((i) => [i.action, i.position, i.message])).toEqual([
      ['failed', 'emails.json email 1', 'The email is 42, not an object with a subject and a body.'],
      ['create', 'emails.json email 2', undefined],
    ]);
  });
});

describe('an import checks what the build checks (issue 27)', () => {
  it('a Markdown folder with 16:9[^1], :abbr[HTML] and a docs-theme :::note imports as it reads', () => {
    const result = plan(
      markdownPost('A 16:9[^1] screen, :abbr[HTML].\n\n:::note\nCareful.\n:::\n\n[^1]: Wide.\n'),
    );
    const [item] = result.items;
    expect(item?.action).toBe('create');
    expect(item?.text).toContain('A 16\\:9[^1] screen, \\:abbr[HTML].\n\n> **Note:**\n>\n> Careful.');
  });

  it('raw HTML that runs code goes through the feeds’ allow-list, and the author is told', () => {
    const body =
      'Before.\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<p onclick="alert(2)">Click</p>\n\nAfter <a href="java&#115;cript:alert(3)">x</a>.\n';
    const result = plan(markdownPost(body));
    const [item] = result.items;
    expect(item?.action).toBe('create');
    expect(item?.text).not.toMatch(/<script|<iframe|onclick|javascript|alert/i);
    expect(item?.text).toContain('After <a>x</a>.');
    expect(item?.text).toContain('<p>Click</p>');
    expect(problemLines(result).filter((l) => l.includes('raw HTML removed'))).toEqual([
      '! post.md ("A post"): raw HTML removed by the allow-list: a <script> element: <script>',
      '! post.md ("A post"): raw HTML removed by the allow-list: an <iframe> element: <iframe src="https://evil.example/">',
      '! post.md ("A post"): raw HTML removed by the allow-list: an onclick attribute (an event handler): <p onclick="alert(2)">',
      '! post.md ("A post"): raw HTML removed by the allow-list: a javascript: URL in href: <a href="javascript:alert(3)">',
    ]);
  });

  it('a post the build would refuse is failed with the file’s line, and not written', () => {
    const result = plan(markdownPost(':::tip{#x}\nNo title.\n:::\n'));
    expect(result.items[0]?.action).toBe('failed');
    expect(result.items[0]?.message).toBe(
      'The build would refuse it: content/issues/005-a-post.md: :::tip{#x} (line 14) needs a "title", a few words that name the tip.',
    );
  });
});
