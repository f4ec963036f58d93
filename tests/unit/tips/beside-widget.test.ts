import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedsWidget, firstToPlace, tipsBesideWidget } from '../../../src/lib/tips/beside-widget.ts';
import { collectTips } from '../../../src/lib/tips/collect.ts';

const tip = (id: string) => `<Tip id="${id}" title="${id}">Words.</Tip>`;
const source = [
  'Intro.',
  '<TakeTheCallWidget />',
  '## First',
  tip('one'),
  '<CounterofferWidget compact={false} />',
  tip('two'),
  '## Second',
  tip('three'),
].join('\n\n');
const tips = collectTips(source, 'fixture.mdx');

describe('embedsWidget', () => {
  it.each([
    ['TakeTheCallWidget', true],
    ['CounterofferWidget', true],
    ['Counteroffer', false],
    ['OtherWidget', false],
  ])('%s → %s', (widget, expected) => {
    expect(embedsWidget(source, widget)).toBe(expected);
  });
});

describe('tipsBesideWidget', () => {
  it.each([
    ['CounterofferWidget', ['one', 'two']],
    ['TakeTheCallWidget', []],
    ['OtherWidget', []],
  ])('%s → %j', (widget, expected) => {
    expect(tipsBesideWidget(source, widget, tips).map((t) => t.id)).toEqual(expected);
  });

  it('finds tips written as :::tip beside the widget too', () => {
    const mixed = [
      '## Only',
      ':::tip{#alpha title="Alpha"}\nWords.\n:::',
      '<CounterofferWidget />',
      tip('beta'),
    ].join('\n\n');
    expect(
      tipsBesideWidget(mixed, 'CounterofferWidget', collectTips(mixed, 'fixture.mdx')).map((t) => t.id),
    ).toEqual(['alpha', 'beta']);
  });

  it("finds issue #57's counteroffer tips in the author's text", () => {
    const file = 'content/issues/057-always-discuss-the-job-offer.mdx';
    const text = readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
    expect(tipsBesideWidget(text, 'CounterofferWidget', collectTips(text, file)).map((t) => t.id)).toEqual([
      'be-ready-with-what-it-would-take',
      'ask-for-the-level-you-want',
    ]);
  });
});

describe('firstToPlace', () => {
  const issue = (number: number, day: string, body: string) => ({
    number,
    title: `Issue ${number}`,
    date: new Date(`${day}T00:00:00Z`),
    body,
  });
  const issues = [
    issue(60, '2027-01-01', '<CounterofferWidget />'),
    issue(57, '2026-11-25', '<TakeTheCallWidget />\n\n<CounterofferWidget />'),
    issue(58, '2026-11-25', '<TakeTheCallWidget />'),
    issue(12, '2025-01-01', 'No widget here.'),
  ];

  it.each([
    ['CounterofferWidget', 57],
    ['TakeTheCallWidget', 57],
    ['OtherWidget', undefined],
  ])('%s comes from issue %s', (widget, expected) => {
    expect(firstToPlace(issues, widget)?.number).toBe(expected);
  });

  it('does not depend on the order it is given the issues in', () => {
    expect(firstToPlace(issues.toReversed(), 'TakeTheCallWidget')?.number).toBe(57);
  });
});
