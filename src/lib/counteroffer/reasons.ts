import type { TermKey } from './phrases.ts';
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
 * The sentence that backs the reader’s asks with the reason they chose, naming what it backs: market
 * data backs pay, the scope of the role backs pay, level and title. None when no ask is of that kind,
 * since "that’s what similar roles pay" under a start date is a claim the reader can’t stand behind.
 */
export function basisSentence(basis: Basis | undefined, asked: readonly TermKey[]): string {
  const pay = asked.some((term) => PAY_TERMS.includes(term));
  if (basis === 'market') {
    return pay ? 'The pay I’m asking for is in line with market data for similar roles.' : '';
  }
  if (basis !== 'scope') return '';
  const named = [asked.includes('level') && 'level', asked.includes('title') && 'title', pay && 'pay'].filter(
    (word): word is string => word !== false,
  );
  if (named.length === 0) return '';
  const what = named.length === 3 ? 'level, title and pay' : named.join(' and ');
  return `The ${what} I’m asking for ${named.length === 1 ? 'reflects' : 'reflect'} the scope of the role as we’ve discussed it.`;
}

/**
 * Why the reader says no, worded so that nothing in it is a problem the company could fix by reworking
 * the offer (the words of the call widget’s decline card). Another offer is claimed only when the reader
 * holds one (`holding`), and named only when `otherName` is set.
 */
export function declineReason(reason: Reason, holding: boolean, otherName: string): string {
  switch (reason) {
    case 'pay':
      return 'Pay was part of it, but more money wouldn’t change my mind.';
    case 'level':
      return 'The level was part of it, but this move isn’t right for me at any level.';
    case 'other-offer':
      return holding
        ? `I’m taking ${otherName ? `an offer from ${otherName}` : 'another offer'}, which fits me better.`
        : 'I’ve weighed it against my other options, and this isn’t the right move for me.';
    case 'fit':
      return 'The role isn’t the right fit for what I want next.';
    case 'personal':
      return 'It comes down to timing, and that won’t change soon.';
  }
}

/**
 * Why it is too late, in the reader’s own reason: the move they made instead, never something this
 * company could still fix. Without a reason, or when timing was it, the timing is what is regretted.
 */
export function tooLateReason(reason: Reason | undefined): string {
  switch (reason) {
    case 'pay':
      return 'In the end, the pay there was the better fit for me.';
    case 'level':
      return 'In the end, the level there was the better fit for me.';
    case 'fit':
      return 'In the end, that role fits what I want next.';
    default:
      return 'I’m sorry the timing didn’t work out.';
  }
}
