// `npm run new-issue -- "Title"`: writes content/issues/NNN-slug.mdx with the next number,
// as a draft, so it shows in `npm run dev` and nowhere else until the author publishes it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueFileName, nextIssueNumber, scaffoldIssue } from '../src/lib/content/scaffold.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the new issue a title: npm run new-issue -- "Your title"');
  process.exit(1);
}

const dir = process.env.ISSUES_DIR ?? 'content/issues';
// Recursive, as the content loader is: an issue in a subfolder keeps its number taken.
const numbers = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => Number(/^number:\s*(\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1]))
  .filter(Number.isFinite);
const number = nextIssueNumber(numbers);
const file = join(dir, issueFileName(number, title));
if (existsSync(file)) {
  console.error(`${file} already exists; pick another title.`);
  process.exit(1);
}
writeFileSync(file, scaffoldIssue(number, title, new Date()));
console.log(`Created ${file} (issue #${number}, draft). Preview it with: npm run dev`);
