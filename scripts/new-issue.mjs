// `npm run new-issue -- "Title"`: writes content/issues/NNN-slug.mdx with the next number,
// as a draft, so it shows in `npm run dev` and nowhere else until the author publishes it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueFileName, nextIssueNumber, scaffoldIssue } from '../src/lib/content/scaffold.ts';
import { issuesDir, readIssueFiles } from './issues.mjs';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the new issue a title: npm run new-issue -- "Your title"');
  process.exit(1);
}

const dir = issuesDir();
// Read as the content loader reads them (subfolders, BOM, CRLF): every number in use stays taken.
// An issue with a mistake elsewhere in its frontmatter still holds its number.
const numbers = (await readIssueFiles(dir)).flatMap(({ data }) =>
  Number.isInteger(data?.number) ? [data.number] : [],
);
const number = nextIssueNumber(numbers);
const file = join(dir, issueFileName(number, title));
if (existsSync(file)) {
  console.error(`${file} already exists; pick another title.`);
  process.exit(1);
}
writeFileSync(file, scaffoldIssue(number, title, new Date()));
console.log(`Created ${file} (issue #${number}, draft). Preview it with: npm run dev`);
