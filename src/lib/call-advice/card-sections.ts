// The parts of a situation's advice card that the advice table may show once and point to after:
// the card (an island component) and the table (a static component) both read them from here.

/** The sections of a card a reader may meet more than once in the advice table. */
export type CallCardSection = 'why' | 'replies' | 'asks' | 'checklist' | 'avoid';

/** Those sections in the order a card shows them. */
export const CALL_CARD_SECTIONS: readonly CallCardSection[] = [
  'why',
  'replies',
  'asks',
  'checklist',
  'avoid',
];

/** Each section's heading on the card. */
export const CALL_CARD_SECTION_TITLES: Record<CallCardSection, string> = {
  why: 'Why',
  replies: 'Ready answers',
  asks: 'What to ask',
  checklist: 'Before the call',
  avoid: 'What to avoid',
};

/** An entry of the advice table that already shows a section in full: its anchor and title. */
export type CallCardTarget = { href: string; title: string };

/** Sections to point to instead of repeating, and where they are shown in full. */
export type CallCardSameAs = Partial<Record<CallCardSection, CallCardTarget>>;
