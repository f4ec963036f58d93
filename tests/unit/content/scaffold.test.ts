import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { issueSchema } from '../../../src/schemas/issue.ts';
import { issueFileName, nextIssueNumber, scaffoldIssue } from '../../../src/lib/content/scaffold.ts';

describe('issueFileName', () => {
  it.each([
    [58, 'Ask for the Level You Want', '058-ask-for-the-level-you-want.mdx'],
    [7, '“Quotes” & dashes – fine', '007-quotes-and-dashes-fine.mdx'],
    [1200, '!!!', '1200-untitled.mdx'],
  ])('%i %j → %s', (number, title, name) => {
    expect(issueFileName(number, title)).toBe(name);
  });
});

describe('nextIssueNumber', () => {
  it.each([
    [[], 1],
    [[57], 58],
    [[3, 57, 12], 58],
  ])('%j → %i', (numbers, next) => {
    expect(nextIssueNumber(numbers)).toBe(next);
  });
});

describe('scaffoldIssue', () => {
  it('writes frontmatter the schema accepts, as a draft', () => {
    const mdx = scaffoldIssue(58, 'Title with "quotes": and colons', new Date('2026-12-02T10:00:00Z'));
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
    const parsed = issueSchema.safeParse(parse(frontmatter));
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toMatchObject({ number: 58, title: 'Title with "quotes": and colons', draft: true });
    expect(mdx).toContain('date: 2026-12-02');
  });
});
