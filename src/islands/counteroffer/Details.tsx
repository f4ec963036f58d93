import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import {
  DEFAULT_LADDER,
  TEXT_LIMITS,
  VESTING_CHOICES,
  ladderOf,
  levelRank,
  type Basis,
  type CallStatus,
  type Column,
  type CounterofferState,
  type FieldErrors,
  type OfferInput,
  type Priority,
} from '../../lib/counteroffer/index.ts';
import { ladderFromText } from '../../lib/counteroffer/levels.ts';
import { VESTING_LABELS } from '../../lib/offer/terms.ts';
import { MAX_VESTING_YEARS, vestingYears } from '../../lib/offer/validate.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX, MORE, fieldId, type FieldSpec, type Patch } from './columns.ts';
import { Button, Choice, ErrorText, Field, Radios, Select } from './fields.tsx';

type OfferProps = {
  input: OfferInput;
  /** Messages for the fields the reader has left invalid. */
  errors: FieldErrors;
  ladder: string[] | undefined;
  /** Renders one typed field of this offer, as the builder renders its amounts. */
  field: (spec: FieldSpec, hint?: string) => JSX.Element;
  onField: <K extends keyof OfferInput>(field: K, value: OfferInput[K]) => void;
  column: Column;
};

/** Where a level stands on the reader’s ladder, said under its field; nothing for a blank level. */
function levelHint(level: string, ladder: readonly string[] | undefined): string | undefined {
  if (level.trim() === '') return undefined;
  const rungs = ladderOf(ladder);
  const rank = levelRank(level, rungs);
  return rank === null
    ? 'Not on your ladder of levels (below), so it isn’t compared.'
    : `Step ${rank + 1} of ${rungs.length} on your ladder of levels.`;
}

/** An offer after its amounts: the vesting schedule (a preset or the reader’s own years), then "More terms". */
export function OfferDetails({ column, input, errors, ladder, field, onField }: OfferProps) {
  // The picker and the later years take their ids from the first year’s.
  const id = fieldId(column, 'customVesting');
  // A schedule with no years still shows one year to fill in.
  const years = vestingYears(input.customVesting);
  // The years are checked as a whole once the reader leaves any of them.
  const [left, setLeft] = useState(false);
  const error = left ? errors.customVesting : undefined;
  // Open where the terms hold anything, or a message to fix.
  const used = MORE.some(([name]) => (input[name] ?? '') !== '' || name in errors);
  return (
    <>
      <Select
        id={`${id}-preset`}
        label="Vesting schedule"
        value={input.vestingPreset}
        options={VESTING_CHOICES.map((choice) => [choice, VESTING_LABELS[choice]])}
        onPick={(choice) => onField('vestingPreset', choice)}
      />
      {input.vestingPreset === 'custom' && (
        <fieldset class={error ? 'co-years co-field-error' : 'co-years'} onFocusOut={() => setLeft(true)}>
          <legend>Vesting each year (%), adding up to 100</legend>
          <ErrorText id={`${id}-error`} error={error} />
          {years.map((year, index) => (
            <Field
              key={index}
              id={index === 0 ? id : `${id}-${index + 1}`}
              label={`Year ${index + 1}`}
              kind="percent"
              value={year}
              maxLength={TEXT_LIMITS.vestingYear}
              error={error}
              errorId={`${id}-error`}
              onInput={(value) =>
                onField(
                  'customVesting',
                  years.map((old, i) => (i === index ? value : old)),
                )
              }
            />
          ))}
          <p class="co-year-buttons">
            {years.length < MAX_VESTING_YEARS && (
              <Button onClick={() => onField('customVesting', [...years, ''])}>Add a year</Button>
            )}{' '}
            {years.length > 1 && (
              <Button onClick={() => onField('customVesting', years.slice(0, -1))}>
                Remove the last year
              </Button>
            )}
          </p>
        </fieldset>
      )}
      <details class="co-more" open={used || undefined}>
        <summary>More terms</summary>
        {MORE.map((spec) => field(spec, spec[0] === 'level' ? levelHint(input.level, ladder) : undefined))}
      </details>
    </>
  );
}

type BasisChoice = Basis | 'other-offer' | 'none';

const BASES: readonly (readonly [BasisChoice, string])[] = [
  ['market', 'What similar roles pay (market data)'],
  ['scope', 'The scope of the role'],
  ['other-offer', 'Another offer I hold'],
  ['none', 'Nothing to add'],
];

const STATUSES: readonly (readonly [CallStatus, string])[] = [
  ['undecided', 'I haven’t answered yet'],
  ['declined', 'I already said no'],
];

type StateProps = { state: CounterofferState; onChange: (patch: Patch) => void };

/** The full builder’s further options: where the reader stands, the reason behind the number, a deadline, naming the other company. */
export function MessageDetails({ state, onChange }: StateProps) {
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
        <>
          <Radios
            group={id('basis')}
            legend="What’s behind your number?"
            options={BASES}
            current={citeOtherOffer ? 'other-offer' : (state.basis ?? 'none')}
            onPick={(value) =>
              onChange({
                basis: value === 'market' || value === 'scope' ? value : undefined,
                citeOtherOffer: value === 'other-offer',
              })
            }
          />
          <Field
            id={id('deadline')}
            label="When their offer expires (if it does)"
            kind="date"
            value={state.deadline ?? ''}
            onInput={(deadline) => onChange({ deadline })}
          />
        </>
      )}
      {mentionsOther && (
        <>
          <Choice
            id={id('nameOtherCompany')}
            label="Name the other company"
            checked={nameOtherCompany}
            onChecked={(checked) => onChange({ nameOtherCompany: checked })}
          />
          {nameOtherCompany && (
            <Field
              id={id('other-company')}
              label="The other company’s name"
              value={state.otherCompany}
              onInput={(otherCompany) => onChange({ otherCompany })}
            />
          )}
        </>
      )}
    </>
  );
}

/** What each priority covers, as the list names it. */
const PRIORITY_LABELS: Record<Priority, string> = {
  level: 'Level / title',
  base: 'Base salary and bonus',
  equity: 'Equity',
  'sign-on': 'Sign-on bonus and relocation',
  'other-terms': 'Other terms',
};

type PrioritiesProps = StateProps & {
  level: HeadingLevel;
  /** Says the new position to screen readers ("Equity: now 2 of 5"). */
  announce: (message: string) => void;
};

/** "What matters most", ordered with Move up and Move down (the message asks in its order), then the ladder of levels. */
export function Priorities({ level, state: { priorities, ladder }, onChange, announce }: PrioritiesProps) {
  const focusAfter = useFocusAfter();
  const last = priorities.length - 1;
  const buttonId = (priority: Priority, up: boolean) => `${ID_PREFIX}-${priority}-${up ? 'up' : 'down'}`;
  const move = (index: number, up: boolean) => {
    const to = up ? index - 1 : index + 1;
    const next = [...priorities];
    const [priority] = next.splice(index, 1);
    if (priority === undefined || to < 0 || to > last) return;
    next.splice(to, 0, priority);
    onChange({ priorities: next });
    // Focus stays on the pressed button, or on its partner once the item reaches an end and it is disabled.
    focusAfter(buttonId(priority, to === 0 ? false : to === last ? true : up));
    announce(`${PRIORITY_LABELS[priority]}: now ${to + 1} of ${priorities.length}`);
  };
  return (
    <>
      <div class="co-priorities" role="group" aria-labelledby={`${ID_PREFIX}-priorities`}>
        <Heading level={level} id={`${ID_PREFIX}-priorities`}>
          What matters most
        </Heading>
        <p class="co-hint">Your message asks in this order.</p>
        <ol>
          {priorities.map((priority, index) => (
            <li key={priority}>
              {PRIORITY_LABELS[priority]}
              <span>
                {[true, false].map((up) => (
                  <Button
                    key={String(up)}
                    id={buttonId(priority, up)}
                    disabled={up ? index === 0 : index === last}
                    onClick={() => move(index, up)}
                    // The visible words come first, so speech control users can say what they see.
                    aria-label={`Move ${up ? 'up' : 'down'}: ${PRIORITY_LABELS[priority]}`}
                  >
                    Move {up ? 'up' : 'down'}
                  </Button>
                ))}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <details class="co-more">
        <summary>Your ladder of levels</summary>
        <Field
          id={`${ID_PREFIX}-ladder`}
          label="Levels, lowest first (one per line)"
          hint={`Levels are compared on this ladder; one that isn’t on it is never called higher or lower. Up to ${TEXT_LIMITS.ladder} levels.`}
          kind="lines"
          value={(ladder ?? DEFAULT_LADDER).join('\n')}
          maxLength={TEXT_LIMITS.ladderText}
          onInput={(text) => onChange({ ladder: ladderFromText(text) })}
        />
      </details>
    </>
  );
}
