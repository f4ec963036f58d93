import type { CallQuestion } from './types.ts';

// A module of its own so the counteroffer builder, which offers the same reasons, loads only these.
/** "What's the main reason?": the second of CALL_QUESTIONS, and the decline reasons of the counteroffer builder. */
export const CALL_REASON_QUESTION: Extract<CallQuestion, { key: 'reason' }> = {
  key: 'reason',
  legend: 'What’s the main reason?',
  options: [
    { value: 'pay', label: 'The pay is too low' },
    { value: 'level', label: 'The level or title is too low' },
    { value: 'other-offer', label: 'Another offer is better' },
    { value: 'fit', label: 'The role, team or company isn’t right' },
    { value: 'personal', label: 'Timing or personal reasons' },
  ],
};
