import { describe, expect, it } from 'vitest';
import { relatedIssues } from '../../../src/lib/content/related.ts';
import { issuePath, joinBase, topicPath } from '../../../src/lib/content/paths.ts';
import { displayDate, isoDay } from '../../../src/lib/content/dates.ts';

const issue = (number: number, day: string, topics: string[]) => ({ number, date: new Date(`${day}T00:00:00Z`), topics });

describe('relatedIssues', () => {
  const current = issue(57, '2026-11-25', ['negotiation', 'offers', 'career']);
  const others = [
    current,
    issue(10, '2025-01-01', ['offers', 'negotiation']),
    issue(40, '2026-06-01', ['career']),
    issue(50, '2026-09-01', ['Career']),
    issue(30, '2026-03-01', ['interviews']),
  ];

  it('ranks by shared topics, then newest, without the issue itself or unrelated ones', () => {
    expect(relatedIssues(others, current).map((i) => i.number)).toEqual([10, 50, 40]);
  });

  it('respects the limit', () => {
    expect(relatedIssues(others, current, 1).map((i) => i.number)).toEqual([10]);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', '/issues/57/', '/issues/57/'],
    ['/newsletter/', '/issues/57/', '/newsletter/issues/57/'],
    ['/newsletter', '/', '/newsletter/'],
    ['/newsletter/', 'topics/', '/newsletter/topics/'],
    ['', '/', '/'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('builds issue and topic paths', () => {
    expect(issuePath(57)).toBe('/issues/57/');
    expect(topicPath('negotiation')).toBe('/topics/negotiation/');
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-25T00:00:00Z', '2026-11-25', '25 November 2026'],
    ['2026-01-01T23:30:00Z', '2026-01-01', '1 January 2026'],
  ])('%s → %s, %s', (input, iso, display) => {
    expect(isoDay(new Date(input))).toBe(iso);
    expect(displayDate(new Date(input))).toBe(display);
  });
});
