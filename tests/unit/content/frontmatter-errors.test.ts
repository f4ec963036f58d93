import { describe, expect, it } from 'vitest';
import { frontmatterErrorMessage } from '../../../src/lib/content/frontmatter-errors.ts';
import { issueSchema } from '../../../src/schemas/issue.ts';

const valid = {
  number: 58,
  title: 'Ask for the level you want',
  date: '2026-12-02',
  description: 'What to say.',
  topics: ['negotiation'],
};

function messageFor(data: Record<string, unknown>): string {
  const result = issueSchema.safeParse(data);
  if (result.success) return 'valid';
  return frontmatterErrorMessage('content/issues/058-ask.mdx', result.error.issues, data);
}

describe('frontmatter errors: issue 15, case 12 (plain words, file and field named)', () => {
  it.each([
    ['number: 0', { ...valid, number: 0 }],
    ['number: 1.5', { ...valid, number: 1.5 }],
    ['number: five', { ...valid, number: 'five' }],
    ['no number', { ...valid, number: undefined }],
    ['a date that is an object', { ...valid, date: { day: 1 } }],
    ['a date that is not a date', { ...valid, date: 'next Tuesday' }],
    ['no title', { ...valid, title: undefined }],
    ['an empty title', { ...valid, title: '  ' }],
    ['unknown fields', { ...valid, tags: ['x'], '': 1 }],
    ['no topics', { ...valid, topics: [] }],
    ['a topic with no letters', { ...valid, topics: ['!!'] }],
    ['draft: yes', { ...valid, draft: 'yes' }],
    ['a long description', { ...valid, description: 'x'.repeat(201) }],
  ])('%s', (_label, data) => {
    const message = messageFor(data);
    expect(message).not.toMatch(/\*\*|Invalid input|Too small|Unrecognized key|received/);
    expect(message).toMatch(/^content\/issues\/058-ask\.mdx has frontmatter to fix:\n {2}\S/);
    expect(message).toMatchSnapshot();
  });

  it('says "must be 1 or more" for number: 0 and a sentence for a non-date', () => {
    expect(messageFor({ ...valid, number: 0 })).toContain('number: must be 1 or more (it is 0).');
    expect(messageFor({ ...valid, date: 'next Tuesday' })).toContain(
      'date: is not a date (it is "next Tuesday"). Write it as YYYY-MM-DD, like `date: 2026-11-25`.',
    );
  });

  it.each([
    ['a day that does not exist', '2026-02-30', 'date: Write a real date: 2026-02-30 is not a day of the calendar.'],
    ['a number', 20261125, 'date: Write the date as YYYY-MM-DD, like 2026-11-25 (got 20261125).'],
    ['an impossible time', '2026-03-04T25:00:00Z', 'date: Write a real date: 2026-03-04T25:00:00Z has an impossible time.'],
  ])('keeps the date check’s own words for %s', (_label, date, line) => {
    expect(messageFor({ ...valid, date })).toBe(`content/issues/058-ask.mdx has frontmatter to fix:\n  ${line}`);
  });
});
