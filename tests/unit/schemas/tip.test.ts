import { describe, expect, it } from 'vitest';
import { tipSchema } from '../../../src/schemas/tip.ts';
import { issueSchema } from '../../../src/schemas/issue.ts';
import { collectTips } from '../../../src/lib/tips/collect.ts';

const frontmatter = {
  number: 57,
  title: 'Quick Tip',
  date: '2026-11-25',
  description: 'Always discuss the job offer.',
  topics: ['offers'],
};

describe('tipSchema', () => {
  it('accepts every tip collectTips gives', () => {
    const tips = collectTips('<Tip id="take-the-call" title="Take the call">Always talk.</Tip>', 'x.mdx');
    expect(tips.map((tip) => tipSchema.safeParse(tip).success)).toEqual([true]);
  });

  it.each([
    [{ id: 'Not An Id', title: 'T', text: 'W' }],
    [{ id: 'a', title: '', text: 'W' }],
    [{ id: 'a', title: 'T', text: '' }],
    [{ id: 'a', title: 'T', text: 'W', extra: 1 }],
  ])('refuses %j', (tip) => {
    expect(tipSchema.safeParse(tip).success).toBe(false);
  });
});

describe('the issue schema’s tips', () => {
  it('are none when the loader has not collected any (scripts read frontmatter alone)', () => {
    expect(issueSchema.parse(frontmatter).tips).toEqual([]);
  });

  it('are kept as the loader collected them', () => {
    const tips = [{ id: 'take-the-call', title: 'Take the call', text: 'Always talk.' }];
    expect(issueSchema.parse({ ...frontmatter, tips }).tips).toEqual(tips);
  });
});
