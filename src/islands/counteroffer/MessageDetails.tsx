import type { Basis, CounterofferState, CallStatus } from '../../lib/counteroffer/index.ts';
import { Choice, Radios } from './choices.tsx';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { CountedField } from './CountedField.tsx';
import { ID_PREFIX } from './columns.ts';

const STATUSES: readonly (readonly [CallStatus, string])[] = [
  ['undecided', 'I haven’t answered yet'],
  ['declined', 'I already said no'],
];

type BasisChoice = Basis | 'other-offer' | 'none';

const BASES: readonly (readonly [BasisChoice, string])[] = [
  ['market', 'What similar roles pay (market data)'],
  ['scope', 'The scope of the role'],
  ['other-offer', 'Another offer I hold'],
  ['none', 'Nothing to add'],
];

type Props = {
  state: CounterofferState;
  onChange: (change: Partial<CounterofferState>) => void;
  /** Sets the reason behind the number (none for undefined) and whether it is another offer. */
  onBasis: (basis: Basis | undefined, citeOtherOffer: boolean) => void;
};

/** The full builder’s further options: where the reader stands, the reason behind the number, a deadline, naming the other company. */
export function MessageDetails({ state, onChange, onBasis }: Props) {
  const id = (name: string) => `${ID_PREFIX}-${name}`;
  const { goal, citeOtherOffer, nameOtherCompany, reason } = state;
  const asking = goal === 'counter' || goal === 'explore';
  // Every message that mentions another offer can name its company, if the reader wants to.
  const mentionsOther = goal === 'too-late' || (asking ? citeOtherOffer : reason === 'other-offer');
  return (
    <>
      <Radios
        group={id('status')}
        legend="Where do you stand?"
        options={STATUSES}
        current={state.status ?? 'undecided'}
        onPick={(status) => onChange({ status })}
      />
      {asking && (
        <Radios
          group={id('basis')}
          legend="What’s behind your number?"
          options={BASES}
          current={citeOtherOffer ? 'other-offer' : (state.basis ?? 'none')}
          onPick={(value) =>
            onBasis(value === 'market' || value === 'scope' ? value : undefined, value === 'other-offer')
          }
        />
      )}
      {asking && (
        <CountedField
          id={id('deadline')}
          label="When their offer expires (if it does)"
          type="date"
          value={state.deadline ?? ''}
          maxLength={TEXT_LIMITS.term}
          onInput={(deadline) => onChange({ deadline })}
        />
      )}
      {mentionsOther && (
        <Choice
          id={id('nameOtherCompany')}
          type="checkbox"
          label="Name the other company"
          checked={nameOtherCompany}
          onChecked={(checked) => onChange({ nameOtherCompany: checked })}
        />
      )}
      {mentionsOther && nameOtherCompany && (
        <CountedField
          id={id('other-company')}
          label="The other company’s name"
          value={state.otherCompany}
          maxLength={TEXT_LIMITS.name}
          onInput={(otherCompany) => onChange({ otherCompany })}
        />
      )}
    </>
  );
}
