import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withWrittenDates } from '../../../src/lib/content/strict-date.ts';
import { issueSchema } from '../../../src/schemas/issue.ts';

/** A frontmatter block as Astro's loader reads it: YAML 1.1 (timestamps become Dates), then the written dates. */
function frontmatter(source: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return withWrittenDates(parse(block, { schema: 'yaml-1.1' }) as Record<string, unknown>, source);
}

const file = (date: string, updated?: string) =>
  `---\nnumber: 60\ntitle: T\ndate: ${date}\n${updated ? `updated: ${updated}\n` : ''}description: D\ntopics: [career]\n---\n\nBody.\n`;

describe('the issue schema keeps the offset the date was written in', () => {
  it.each([
    { date: '2026-03-04T21:00:00-05:00', instant: '2026-03-05T02:00:00.000Z', offset: -300 },
    { date: '"2026-03-04T21:00:00-05:00"', instant: '2026-03-05T02:00:00.000Z', offset: -300 },
    { date: "'2026-03-04T21:00:00+01:00'", instant: '2026-03-04T20:00:00.000Z', offset: 60 },
    { date: '2026-11-25', instant: '2026-11-25T00:00:00.000Z', offset: 0 },
    { date: '2026-11-25T08:00:00', instant: '2026-11-25T08:00:00.000Z', offset: 0 },
  ])('date: $date', ({ date, instant, offset }) => {
    const data = issueSchema.parse(frontmatter(file(date, date)));
    expect(data.date.toISOString()).toBe(instant);
    expect(data.dateOffset).toBe(offset);
    expect(data.updated?.toISOString()).toBe(instant);
    expect(data.updatedOffset).toBe(offset);
  });

  it('has no updatedOffset without an update', () => {
    expect(issueSchema.parse(frontmatter(file('2026-11-25'))).updatedOffset).toBeUndefined();
  });

  it.each([
    ['"2026-02-30"', 'Write a real date: 2026-02-30 is not a day of the calendar'],
    ['"2026-03-04T25:00:00-05:00"', 'has an impossible time'],
    ['"2026-11-30T10:00:00+25:00"', 'has an impossible offset (+25:00)'],
    ['"2026-11-30T10:00:00-99:99"', 'has an impossible offset (-99:99)'],
    ['20261125', 'Write the date as YYYY-MM-DD, like 2026-11-25 (got 20261125).'],
  ])('still refuses date: %s', (date, message) => {
    const result = issueSchema.safeParse(frontmatter(file(date)));
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  it('leaves a day YAML rolled over (2026-02-30) to the loader check that names the file', () => {
    const data = frontmatter(file('2026-02-30'));
    expect(data['date']).toBeInstanceOf(Date);
  });

  it('is not something an author writes', () => {
    expect(issueSchema.safeParse({ ...frontmatter(file('2026-11-25')), dateOffset: 60 }).success).toBe(false);
  });
});
