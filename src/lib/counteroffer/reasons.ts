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

/** The sentence backing the asks with the reader’s reason, naming what it backs; none when it backs no ask. */
export function basisSentence(basis: Basis | undefined, asked: readonly TermKey[]): string {
  // Market data backs pay, and the role’s scope pay, level and title: backing a start date with them rings false.
  const pay = asked.some((term) => PAY_TERMS.includes(term));
  if (basis === 'market') {
    return pay ? 'The pay I’m asking for is in line with market data for similar roles.' : '';
  }
  if (basis !== 'scope') return '';
  const named = (['level', 'title', 'pay'] as const).filter((word) =>
    word === 'pay' ? pay : asked.includes(word),
  );
  if (named.length === 0) return '';
  const what = named.length === 3 ? 'level, title and pay' : named.join(' and ');
  return `The ${what} I’m asking for ${named.length === 1 ? 'reflects' : 'reflect'} the scope of the role as we’ve discussed it.`;
}

// Why the reader says no, in the words of the call widget’s decline card: nothing the company could fix.
const DECLINE: Record<Exclude<Reason, 'other-offer'>, string> = {
  pay: 'Pay was part of it, but more money wouldn’t change my mind.',
  level: 'The level was part of it, but this move isn’t right for me at any level.',
  fit: 'The role isn’t the right fit for what I want next.',
  personal: 'It comes down to timing, and that won’t change soon.',
};

/** Why the reader says no; another offer is claimed only when they hold one, and named only when `otherName` is set. */
export function declineReason(reason: Reason, holding: boolean, otherName: string): string {
  if (reason !== 'other-offer') return DECLINE[reason];
  return holding
    ? `I’m taking ${otherName ? `an offer from ${otherName}` : 'another offer'}, which fits me better.`
    : 'I’ve weighed it against my other options, and this isn’t the right move for me.';
}

// The move the reader made instead, never something this company could still fix.
const TOO_LATE: Partial<Record<Reason, string>> = {
  pay: 'In the end, the pay there was the better fit for me.',
  level: 'In the end, the level there was the better fit for me.',
  fit: 'In the end, that role fits what I want next.',
};

/** Why it is too late, in the reader’s own reason; without one, or when timing was it, the timing is regretted. */
export function tooLateReason(reason: Reason | undefined): string {
  return (reason && TOO_LATE[reason]) ?? 'I’m sorry the timing didn’t work out.';
}
