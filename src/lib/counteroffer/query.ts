import { QUERY_PREFIX } from './link.ts';
import {
  REASONS,
  PRIORITIES,
  STAGES,
  withLeadingPriority,
  type CounterofferState,
  type MessageKind,
  type Priority,
  type Reason,
  type Stage,
} from './state.ts';

/** The part of the builder state a link from "Should I take the call?" decides. */
export type QueryInitial = Pick<CounterofferState, 'kind' | 'priorities' | 'citeOtherOffer'> & {
  reason?: Reason;
  stage?: Stage;
};

// Every goal name a hand-off has used or uses: "listen" means hearing them out, so the builder
// explores without committing; the short names are the call widget's newer ones.
const GOALS: Record<string, MessageKind> = {
  counter: 'counter',
  explore: 'explore',
  listen: 'explore',
  'too-late': 'close-politely',
  'close-politely': 'close-politely',
  decline: 'decline-gracefully',
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
 * Starting kind, reason, stage, priorities and whether to cite another offer, from
 * `?co-goal=…&co-reason=…&co-other=…&co-status=…`, or the bare names of links made before the prefix
 * (read only when no prefixed goal is there). Another offer is cited only for `other=holding` (the
 * reader has one to cite), or, in a link without `other`, when the reason is another offer. Unknown
 * or missing values fall back to defaults; never throws.
 */
export function initialFromQuery(search: string | URLSearchParams): QueryInitial {
  const params = readParams(search);
  const prefix = params.has(`${QUERY_PREFIX}goal`) ? QUERY_PREFIX : '';
  const name = (key: string) => `${prefix}${key}`;
  const read = (key: string) => params.get(name(key))?.trim().toLowerCase() ?? '';
  const goal = read('goal');
  const kind = Object.hasOwn(GOALS, goal) ? (GOALS[goal] ?? 'counter') : 'counter';
  const reason = REASONS.find((r) => r === read('reason'));
  const stage = STAGES.find((s) => s === read('status'));
  const lead = reason && LEADING_PRIORITY[reason];
  const initial: QueryInitial = {
    kind,
    priorities: lead ? withLeadingPriority(PRIORITIES, lead) : [...PRIORITIES],
    citeOtherOffer: params.has(name('other')) ? read('other') === 'holding' : reason === 'other-offer',
  };
  if (reason) initial.reason = reason;
  if (stage) initial.stage = stage;
  return initial;
}
