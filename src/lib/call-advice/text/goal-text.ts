import type { CallAdvice } from '../types.ts';

/** The parts of a card each goal's text writes; `buildAdvice` adds the goal itself. */
export type GoalText = Pick<
  CallAdvice,
  'verdict' | 'why' | 'talkTrack' | 'checklist' | 'avoid' | 'asks' | 'replies'
>;
