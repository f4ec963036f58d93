import type { CounterofferState, MessageKind, Reason } from '../../lib/counteroffer';
// The module, not the call-advice barrel: only the reason question comes along.
import { CALL_REASON_QUESTION } from '../../lib/call-advice/reason-question';
import { MESSAGE_KINDS, TEXT_LIMITS } from '../../lib/counteroffer/state';
import { Field } from './Field';

const KIND_LABELS: Record<MessageKind, string> = {
  counter: 'Ask for what it would take',
  'close-politely': 'Say it’s too late, politely',
  'decline-gracefully': 'Decline gracefully',
};

// The reasons "Should I take the call?" asks about, worded the same, and the choice to give none.
const REASONS = [...CALL_REASON_QUESTION.options, { value: undefined, label: 'I’d rather not say' }];

type Flag = 'citeOtherOffer' | 'nameOtherCompany';

type Props = {
  idPrefix: string;
  state: CounterofferState;
  onChange: (change: Partial<CounterofferState>) => void;
  /** Sets why the reader is saying no; undefined for no reason given. */
  onReason: (reason: Reason | undefined) => void;
};

/** What the message should say: its kind, why the reader says no, whether to cite another offer and whether to name that company. */
export function MessageOptions({ idPrefix, state, onChange, onReason }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const { kind, citeOtherOffer, nameOtherCompany, reason } = state;
  // Every message that mentions another offer can name its company, if the reader wants to.
  const mentionsOther =
    kind === 'close-politely' || (kind === 'counter' ? citeOtherOffer : reason === 'other-offer');
  const choice = (
    type: 'radio' | 'checkbox',
    name: string,
    label: string,
    checked: boolean,
    onChecked: (checked: boolean) => void,
    group?: string,
  ) => (
    <div class="co-choice" key={name}>
      <input
        type={type}
        id={id(name)}
        name={group && id(group)}
        checked={checked}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id(name)}>{label}</label>
    </div>
  );
  const flag = (name: Flag, label: string) =>
    choice('checkbox', name, label, state[name], (checked) => onChange({ [name]: checked }));
  return (
    <div class="co-message-options">
      <fieldset>
        <legend>What do you want to say?</legend>
        {MESSAGE_KINDS.map((option) =>
          choice(
            'radio',
            `kind-${option}`,
            KIND_LABELS[option],
            kind === option,
            () => onChange({ kind: option }),
            'kind',
          ),
        )}
      </fieldset>
      {kind === 'decline-gracefully' && (
        <fieldset>
          <legend>Why are you saying no?</legend>
          {REASONS.map(({ value, label }) =>
            choice(
              'radio',
              `reason-${value ?? 'none'}`,
              label,
              reason === value,
              () => onReason(value),
              'reason',
            ),
          )}
        </fieldset>
      )}
      {kind === 'counter' && flag('citeOtherOffer', 'Mention my other offer')}
      {mentionsOther && flag('nameOtherCompany', 'Name the other company')}
      {mentionsOther && nameOtherCompany && (
        <Field
          id={id('other-company')}
          label="The other company’s name"
          value={state.otherCompany}
          maxLength={TEXT_LIMITS.name}
          onInput={(otherCompany) => onChange({ otherCompany })}
        />
      )}
    </div>
  );
}
