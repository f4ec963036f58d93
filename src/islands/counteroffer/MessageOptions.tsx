import type { Basis, CounterofferState, MessageKind, Reason, Stage } from '../../lib/counteroffer';
// The module, not the call-advice barrel: only the reason question comes along.
import { CALL_REASON_QUESTION } from '../../lib/call-advice/reason-question';
import { MESSAGE_KINDS, STAGES } from '../../lib/counteroffer/state';
import { Field } from './Field';

const KIND_LABELS: Record<MessageKind, string> = {
  counter: 'Ask for what it would take, and say yes if they meet it',
  explore: 'Ask what would be possible, without committing',
  'close-politely': 'Say it’s too late, politely',
  'decline-gracefully': 'Decline gracefully',
};

const STAGE_LABELS: Record<Stage, string> = {
  undecided: 'I haven’t answered yet',
  declined: 'I already said no',
};

type BasisChoice = Basis | 'other-offer' | 'none';

const BASIS_LABELS: readonly [BasisChoice, string][] = [
  ['market', 'What similar roles pay (market data)'],
  ['scope', 'The scope of the role'],
  ['other-offer', 'Another offer I hold'],
  ['none', 'Nothing to add'],
];

// The reasons "Should I take the call?" asks about, worded the same, and the choice to give none.
const REASONS = [...CALL_REASON_QUESTION.options, { value: undefined, label: 'I’d rather not say' }];

type Props = {
  idPrefix: string;
  state: CounterofferState;
  onChange: (change: Partial<CounterofferState>) => void;
  /** Sets why the reader is saying no; undefined for no reason given. */
  onReason: (reason: Reason | undefined) => void;
  /** Sets the reason behind the number; undefined for none. */
  onBasis: (basis: Basis | undefined, citeOtherOffer: boolean) => void;
  /** Only the kind of message: the builder embedded in an issue leaves the rest to the full builder. */
  compact?: boolean;
};

/** What the message should say: its kind, where the reader stands, the reason behind the number, a deadline, why they say no. */
export function MessageOptions({ idPrefix, state, onChange, onReason, onBasis, compact }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const { kind, citeOtherOffer, nameOtherCompany, reason } = state;
  const asking = kind === 'counter' || kind === 'explore';
  // Every message that mentions another offer can name its company, if the reader wants to.
  const mentionsOther =
    kind === 'close-politely' || (asking ? citeOtherOffer : reason === 'other-offer');
  const basis: BasisChoice = citeOtherOffer ? 'other-offer' : (state.basis ?? 'none');
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
  const radios = <T extends string>(
    legend: string,
    group: string,
    options: readonly (readonly [T, string])[],
    current: T | undefined,
    pick: (value: T) => void,
  ) => (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, label]) =>
        choice('radio', `${group}-${value}`, label, current === value, () => pick(value), group),
      )}
    </fieldset>
  );
  return (
    <div class="co-message-options">
      {radios(
        'What do you want to say?',
        'kind',
        MESSAGE_KINDS.map((option) => [option, KIND_LABELS[option]] as const),
        kind,
        (option) => onChange({ kind: option }),
      )}
      {!compact &&
        radios(
          'Where do you stand?',
          'stage',
          STAGES.map((stage) => [stage, STAGE_LABELS[stage]] as const),
          state.stage ?? 'undecided',
          (stage) => onChange({ stage }),
        )}
      {!compact &&
        asking &&
        radios('What’s behind your number?', 'basis', BASIS_LABELS, basis, (value) =>
          onBasis(value === 'market' || value === 'scope' ? value : undefined, value === 'other-offer'),
        )}
      {!compact && asking && (
        <Field
          id={id('deadline')}
          label="When their offer expires (if it does)"
          type="date"
          value={state.deadline ?? ''}
          onInput={(deadline) => onChange({ deadline })}
        />
      )}
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
      {!compact &&
        mentionsOther &&
        choice('checkbox', 'nameOtherCompany', 'Name the other company', nameOtherCompany, (checked) =>
          onChange({ nameOtherCompany: checked }),
        )}
      {!compact && mentionsOther && nameOtherCompany && (
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
