import type { VestingChoice } from '../../lib/counteroffer/index.ts';
import { TEXT_LIMITS, VESTING_CHOICES } from '../../lib/counteroffer/state.ts';
import { VESTING_LABELS } from '../../lib/counteroffer/vesting-labels.ts';
import { MAX_VESTING_YEARS, vestingYears } from '../../lib/offer/validate.ts';

type Props = {
  /** The id of the first custom year’s input; the picker and other years derive theirs from it. */
  id: string;
  preset: VestingChoice;
  years: string[];
  error: string | undefined;
  onPreset: (preset: VestingChoice) => void;
  onYears: (years: string[]) => void;
};

/** The vesting schedule: a preset, or the reader’s own percentage for each year (adding up to 100). */
export function VestingField({ id, preset, years: typed, error, onPreset, onYears }: Props) {
  const errorId = `${id}-error`;
  // A schedule with no years (from an old link) still shows one year to fill in.
  const years = vestingYears(typed);
  return (
    <>
      <div class="co-field">
        <label for={`${id}-preset`}>Vesting schedule</label>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(event) => onPreset(event.currentTarget.value as VestingChoice)}
        >
          {VESTING_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {VESTING_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && (
        <fieldset class={error ? 'co-years co-field-error' : 'co-years'}>
          <legend>Vesting each year (%), adding up to 100</legend>
          {error && (
            <p id={errorId} class="co-error">
              <span class="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          {years.map((year, index) => {
            const yearId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div key={index}>
                <label for={yearId}>Year {index + 1}</label>
                <input
                  type="text"
                  inputMode="decimal"
                  id={yearId}
                  value={year}
                  maxLength={TEXT_LIMITS.vestingYear}
                  autocomplete="off"
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onInput={(event) =>
                    onYears(years.map((old, i) => (i === index ? event.currentTarget.value : old)))
                  }
                />
              </div>
            );
          })}
          <p class="co-year-buttons">
            {years.length < MAX_VESTING_YEARS && (
              <button type="button" class="button secondary" onClick={() => onYears([...years, ''])}>
                Add a year
              </button>
            )}{' '}
            {years.length > 1 && (
              <button type="button" class="button secondary" onClick={() => onYears(years.slice(0, -1))}>
                Remove the last year
              </button>
            )}
          </p>
        </fieldset>
      )}
    </>
  );
}
