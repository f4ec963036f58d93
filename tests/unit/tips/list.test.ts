import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listTips, tipFilterAnchor, tipFilterCss } from '../../../src/lib/tips/list.ts';

const tip = (id: string) => ({ id, title: id, text: `${id} text` });
const issue = (number: number, day: number, topics: string[], tips: string[]) => ({
  number,
  title: `Issue ${number}`,
  date: new Date(Date.UTC(2026, 0, day)),
  topics,
  tips: tips.map(tip),
});

describe('listTips', () => {
  it('lists each tip once, newest issue first, with its issue’s topic slugs', () => {
    const { tips } = listTips([
      issue(1, 1, ['Negotiation', 'career'], ['a', 'b']),
      issue(2, 5, ['Offers', 'offers'], ['c']),
      issue(3, 3, ['career'], []),
    ]);
    expect(tips.map((item) => [item.tip.id, item.issue.number, item.topics])).toEqual([
      ['c', 2, ['offers']],
      ['a', 1, ['negotiation', 'career']],
      ['b', 1, ['negotiation', 'career']],
    ]);
  });

  it('counts tips per topic, most first, and leaves out topics without tips', () => {
    const { topics } = listTips([
      issue(1, 1, ['negotiation', 'career'], ['a', 'b']),
      issue(2, 2, ['career'], ['c']),
      issue(3, 3, ['silent'], []),
    ]);
    expect(topics).toEqual([
      { slug: 'career', name: 'career', count: 3 },
      { slug: 'negotiation', name: 'negotiation', count: 2 },
    ]);
  });

  it('never repeats a tip, whatever the topics (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'C', 'c', 'd e'), { maxLength: 4 }), { maxLength: 6 }),
        (topicLists) => {
          const issues = topicLists.map((topics, index) =>
            issue(index + 1, index + 1, topics, [`t${index}`, `u${index}`]),
          );
          const ids = listTips(issues).tips.map((item) => item.tip.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(issues.length * 2);
        },
      ),
    );
  });
});

describe('tipFilterCss', () => {
  it('hides tips of other topics while a topic anchor is the target', () => {
    expect(tipFilterCss(['negotiation'])).toContain(
      '.tips-page:has(#topic-negotiation:target) .tip:not([data-topics~="negotiation"]){display:none}',
    );
    expect(tipFilterAnchor('offers')).toBe('topic-offers');
  });

  it('escapes what a selector cannot hold as it is', () => {
    const css = tipFilterCss(['a"b', 'x y']);
    expect(css).toContain('#topic-a\\22 b:target');
    expect(css).toContain('[data-topics~="a\\22 b"]');
    expect(css).toContain('#topic-x\\20 y:target');
  });

  it('writes one rule set per topic and nothing for none', () => {
    expect(tipFilterCss([])).toBe('');
    expect(tipFilterCss(['a', 'b']).split('\n')).toHaveLength(2);
  });
});
