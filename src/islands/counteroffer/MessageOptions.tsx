import type { CounterofferState, MessageKind } from '../../lib/counteroffer';
import { MESSAGE_KINDS } from '../../lib/counteroffer/state';
import { Field } from './Field';

const KIND_LABELS: Record<MessageKind, string> = {
  counter: 'Ask for what it would take',
  'close-politely': 'Say it’s too late, politely',
  'decline-gracefully': 'Decline gracefully',
};

type Flag = 'citeOtherOffer' | 'nameOtherCompany';

type Props = {
  idPrefix: string;
  state: CounterofferState;
  onChange: (change: Partial<CounterofferState>) => void;
};

/** What the message should say: its kind, whether to cite another offer, and whether to name that company. */
export function MessageOptions({ idPrefix, state, onChange }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const { kind, citeOtherOffer, nameOtherCompany } = state;
  // Every message that mentions another offer can name its company, if the reader wants to.
  const mentionsOther =
    kind === 'close-politely' || (kind === 'counter' ? citeOtherOffer : state.reason === 'other-offer');
  const choice = (
    type: 'radio' | 'checkbox',
    name: string,
    label: string,
    checked: boolean,
    onChecked: (checked: boolean) => void,
  ) => (
    <div class="co-choice" key={name}>
      <input
        type={type}
        id={id(name)}
        name={type === 'radio' ? id('kind') : undefined}
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
          choice('radio', `kind-${option}`, KIND_LABELS[option], kind === option, () =>
            onChange({ kind: option }),
          ),
        )}
      </fieldset>
      {kind === 'counter' && flag('citeOtherOffer', 'Mention my other offer')}
      {mentionsOther && flag('nameOtherCompany', 'Name the other company')}
      {mentionsOther && nameOtherCompany && (
        <Field
          id={id('other-company')}
          label="The other company’s name"
          value={state.otherCompany}
          onInput={(otherCompany) => onChange({ otherCompany })}
        />
      )}
    </div>
  );
}
