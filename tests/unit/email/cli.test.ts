import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { selectIssues } from '../../../src/lib/email/cli.ts';
import { readIssueFiles } from '../../../scripts/issues.mjs';

const dir = mkdtempSync(join(tmpdir(), 'newsletter-issue-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type IssueFile = { file: string; issue: { number: number; draft: boolean } | null; error: string | null };

describe('the scripts read issues as the site does: issue 15, case 11', () => {
  it('finds an issue saved with a byte-order mark and CRLF line endings, so `npm run email -- 60` works', async () => {
    const seed = readFileSync('content/issues/057-always-discuss-the-job-offer.mdx', 'utf8');
    const sixty = `\uFEFF${seed.replace('number: 57', 'number: 60').replace(/\n/g, '\r\n')}`;
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '060-bom.mdx'), sixty);
    writeFileSync(join(dir, '061-broken.mdx'), '---\nnumber: 0\n---\n');
    const files = (await readIssueFiles(dir)) as IssueFile[];
    const known = files.flatMap(({ file, issue }) =>
      issue ? [{ number: issue.number, draft: issue.draft, file }] : [],
    );
    expect(known).toEqual([{ number: 60, draft: false, file: join(dir, 'sub', '060-bom.mdx') }]);
    expect(selectIssues({ all: false, numbers: [60] }, known)).toEqual([60]);
    expect(files.find((f) => f.file.endsWith('061-broken.mdx'))?.error).toBeTruthy();
  });
});
