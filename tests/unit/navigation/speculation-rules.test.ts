import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { speculationRules, speculationRulesHash } from '../../../src/lib/navigation/speculation-rules.ts';

type Rule = { where: { and: [{ or: { href_matches: string }[] }, unknown] }; eagerness: string };

describe('speculation rules', () => {
  it.each([
    ['/', ['/', '/*/']],
    ['/newsletter/', ['/newsletter/', '/newsletter/*/']],
    ['/newsletter', ['/newsletter/', '/newsletter/*/']],
    ['', ['/', '/*/']],
  ])('base %j matches only the site’s pages: %j', (base, patterns) => {
    const rules = JSON.parse(speculationRules(base)) as { prefetch: Rule[]; prerender: Rule[] };
    for (const rule of [...rules.prefetch, ...rules.prerender])
      expect(rule.where.and[0].or.map((match) => match.href_matches)).toEqual(patterns);
    expect(rules.prefetch.map((rule) => rule.eagerness)).toEqual(['moderate']);
    expect(rules.prerender.map((rule) => rule.eagerness)).toEqual(['conservative']);
  });

  it('hashes exactly the text the page carries', () => {
    const text = speculationRules('/');
    expect(speculationRulesHash('/')).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
    expect(speculationRulesHash('/newsletter/')).not.toBe(speculationRulesHash('/'));
  });
});
