import {
  REASONS,
  PRIORITIES,
  withLeadingPriority,
  type CounterofferState,
  type MessageKind,
  type Priority,
  type Reason,
} from './state.ts';

/** The part of the builder state a link from "Should I take the call?" decides. */
export type QueryInitial = Pick<CounterofferState, 'kind' | 'priorities' | 'citeOtherOffer'> & {
  reason?: Reason;
};

// "listen" means the reader took the call to hear them out; what they need from it is still a counter.
const GOALS: Record<string, MessageKind> = {
  counter: 'counter',
  listen: 'counter',
  'close-politely': 'close-politely',
  'decline-gracefully': 'decline-gracefully',
};

const LEADING_PRIORITY: Partial<Record<Reason, Priority>> = {
  level: 'level',
  pay: 'base',
  fit: 'other-terms',
  personal: 'other-terms',
};

function readParams(search: string | URLSearchParams): URLSearchParams {
  try {
    return typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return new URLSearchParams();
  }
}

/**
 * Starting kind, reason, priorities and whether to cite another offer, from
 * `?goal=…&reason=…&other=…`. Another offer is cited only for `other=holding` (the reader has one
 * to cite), or, in a link without `other`, when the reason is another offer. Unknown or missing
 * values fall back to defaults; never throws.
 */
export function initialFromQuery(search: string | URLSearchParams): QueryInitial {
  const params = readParams(search);
  const read = (name: string) => params.get(name)?.trim().toLowerCase() ?? '';
  const goal = read('goal');
  const kind = Object.hasOwn(GOALS, goal) ? (GOALS[goal] ?? 'counter') : 'counter';
  const reason = REASONS.find((r) => r === read('reason'));
  const lead = reason && LEADING_PRIORITY[reason];
  const initial: QueryInitial = {
    kind,
    priorities: lead ? withLeadingPriority(PRIORITIES, lead) : [...PRIORITIES],
    citeOtherOffer: params.has('other') ? read('other') === 'holding' : reason === 'other-offer',
  };
  if (reason) initial.reason = reason;
  return initial;
}
