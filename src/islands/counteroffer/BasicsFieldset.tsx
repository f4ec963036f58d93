import { CURRENCIES } from '../../lib/offer/index.ts';
import type { CounterofferState } from '../../lib/counteroffer/index.ts';
import { TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { CountedField } from './CountedField.tsx';
import { ID_PREFIX } from './columns.ts';

type Props = {
  state: CounterofferState;
  onChange: (
    change: Partial<Pick<CounterofferState, 'currency' | 'company' | 'contact' | 'yourName'>>,
  ) => void;
};

/** The currency and the names the message uses: the company, the person to write to, and the reader. */
export function BasicsFieldset({ state, onChange }: Props) {
  const id = (name: string) => `${ID_PREFIX}-${name}`;
  const codes: readonly string[] = CURRENCIES.includes(state.currency as (typeof CURRENCIES)[number])
    ? CURRENCIES
    : [state.currency, ...CURRENCIES];
  return (
    <fieldset class="co-basics">
      <legend>
        <span class="co-step" aria-hidden="true">
          1
        </span>
        The basics
      </legend>
      <div class="co-field">
        <label for={id('currency')}>Currency</label>
        <select
          id={id('currency')}
          value={state.currency}
          onChange={(e) => onChange({ currency: e.currentTarget.value })}
        >
          {codes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <CountedField
        id={id('company')}
        label="Company"
        value={state.company}
        maxLength={TEXT_LIMITS.name}
        onInput={(company) => onChange({ company })}
      />
      <CountedField
        id={id('contact')}
        label="Who you’re writing to (recruiter or hiring manager)"
        value={state.contact}
        maxLength={TEXT_LIMITS.name}
        onInput={(contact) => onChange({ contact })}
      />
      <CountedField
        id={id('your-name')}
        label="Your name"
        value={state.yourName}
        maxLength={TEXT_LIMITS.name}
        autoComplete="name"
        onInput={(yourName) => onChange({ yourName })}
      />
    </fieldset>
  );
}
