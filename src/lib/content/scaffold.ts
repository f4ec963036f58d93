import { topicSlug } from './topics.ts';

/** The file name of an issue: its number padded to three digits, then the title's slug. */
export function issueFileName(number: number, title: string): string {
  const slug = topicSlug(title).split('-').slice(0, 8).join('-') || 'untitled';
  return `${String(number).padStart(3, '0')}-${slug}.mdx`;
}

/** The next free issue number after the ones in use. */
export function nextIssueNumber(numbers: readonly number[]): number {
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}

/** A new draft issue's MDX: valid frontmatter the author fills in, and a body to replace. */
export function scaffoldIssue(number: number, title: string, today: Date): string {
  const quoted = JSON.stringify(title.trim());
  return [
    '---',
    `number: ${number}`,
    `title: ${quoted}`,
    `date: ${today.toISOString().slice(0, 10)}`,
    'description: "One or two sentences on what the reader will take away (200 characters at most)."',
    'topics:',
    '  - career',
    'draft: true',
    '---',
    '',
    'Write the issue here, in Markdown. Remove `draft: true` above when it is ready to publish.',
    '',
  ].join('\n');
}
