import type { ComponentChildren } from 'preact';
import type { CounterofferState, CallGoal, Reason } from '../../lib/counteroffer/index.ts';
// The module, not the call-advice barrel: only the reason question comes along.
import { CALL_REASON_QUESTION } from '../../lib/call-advice/reason-question.ts';
import { Radios } from './choices.tsx';
import { ID_PREFIX } from './columns.ts';

const GOALS: readonly (readonly [CallGoal, string])[] = [
  ['counter', 'Ask for what it would take, and say yes if they meet it'],
  ['explore', 'Ask what would be possible, without committing'],
  ['too-late', 'Say it’s too late, politely'],
  ['decline', 'Decline gracefully'],
];

// The reasons "Should I take the call?" asks about, worded the same, and the choice to give none.
const REASONS = [
  ...CALL_REASON_QUESTION.options.map(({ value, label }) => [value, label] as const),
  ['none', 'I’d rather not say'] as const,
];

type Props = {
  state: CounterofferState;
  onChange: (change: Partial<CounterofferState>) => void;
  /** Sets why the reader is saying no; undefined for no reason given. */
  onReason: (reason: Reason | undefined) => void;
  /** The full builder’s further options (MessageDetails), after the goal and the reason for saying no. */
  details?: ComponentChildren;
};

/** What the message should say: its goal and, for a decline, why the reader says no. */
export function MessageOptions({ state, onChange, onReason, details }: Props) {
  const { goal, reason } = state;
  return (
    <div class="co-message-options">
      <Radios
        group={`${ID_PREFIX}-goal`}
        legend="What do you want to say?"
        options={GOALS}
        current={goal}
        onPick={(option) => onChange({ goal: option })}
      />
      {(goal === 'decline' || goal === 'too-late') && (
        <Radios
          group={`${ID_PREFIX}-reason`}
          legend="Why are you saying no?"
          options={REASONS}
          current={reason ?? 'none'}
          onPick={(value) => onReason(value === 'none' ? undefined : value)}
        />
      )}
      {details}
    </div>
  );
}
