import type { TermKey } from './compare-terms.ts';
import type { Basis, Reason } from './state.ts';

/** Terms paid in money: what market data speaks to. */
export const PAY_TERMS: readonly TermKey[] = [
  'base',
  'bonusPercent',
  'equity',
  'equityRefresh',
  'signOn',
  'relocation',
];

/** Terms that say how senior the role is: what the scope of the role speaks to, with pay. */
export const LEVEL_TERMS: readonly TermKey[] = ['level', 'title'];

/**
 * The sentence that backs the reader's asks with the reason they chose, naming what it backs: market
 * data backs pay, the scope of the role backs pay and level. None when no ask is of that kind, since
 * "that's what similar roles pay" under a start date is a claim the reader can't stand behind.
 */
export function basisSentence(basis: Basis | undefined, asked: readonly TermKey[]): string {
  const pay = asked.some((term) => PAY_TERMS.includes(term));
  const level = asked.some((term) => LEVEL_TERMS.includes(term));
  if (basis === 'market') {
    return pay ? "The pay I'm asking for is in line with market data for similar roles." : '';
  }
  if (basis === 'scope') {
    if (pay && level)
      return "The level and pay I'm asking for reflect the scope of the role as we've discussed it.";
    if (pay || level) {
      return `The ${pay ? 'pay' : 'level'} I'm asking for reflects the scope of the role as we've discussed it.`;
    }
  }
  return '';
}

/**
 * Why the reader says no, worded so that nothing in it is a problem the company could fix by reworking
 * the offer (the words of the call widget's decline card). Another offer is claimed only when the reader
 * holds one (`holding`), and named only when `otherName` is set.
 */
export function declineReason(reason: Reason, holding: boolean, otherName: string): string {
  switch (reason) {
    case 'pay':
      return "Pay was part of it, but more money wouldn't change my mind.";
    case 'level':
      return "The level was part of it, but this move isn't right for me at any level.";
    case 'other-offer':
      return holding
        ? `I've decided to take ${otherName ? `an offer from ${otherName}` : 'another offer'}, which fits me better.`
        : "I've weighed it against my other options, and this isn't the right move for me.";
    case 'fit':
      return "The role isn't the right fit for what I want next.";
    case 'personal':
      return "It comes down to timing, and that won't change soon.";
  }
}
