import { describe, expect, it } from 'vitest';
import {
  CALL_CARD_SECTIONS,
  CALL_CARD_SECTION_TITLES,
  adviseOnCall,
  allCallSituations,
} from '../../../src/lib/call-advice/index.ts';

describe('the advice card sections the table may point to', () => {
  it('lists each section once, in the order the card shows them', () => {
    expect(CALL_CARD_SECTIONS).toEqual(['why', 'replies', 'asks', 'checklist', 'avoid']);
  });

  it.each(CALL_CARD_SECTIONS.map((section) => [section, CALL_CARD_SECTION_TITLES[section]] as const))(
    '%s has its own heading, "%s"',
    (_section, title) => {
      expect(title).toMatch(/^[A-Z]/);
      expect(Object.values(CALL_CARD_SECTION_TITLES).filter((other) => other === title)).toHaveLength(1);
    },
  );

  it.each(CALL_CARD_SECTIONS)('every situation’s advice has a %s section to compare', (section) => {
    for (const answers of allCallSituations()) expect(adviseOnCall(answers)[section]).toBeDefined();
  });
});
