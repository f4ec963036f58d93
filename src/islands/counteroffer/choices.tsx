type ChoiceProps = {
  id: string;
  type: 'radio' | 'checkbox';
  label: string;
  checked: boolean;
  /** The radio group’s name; none for a checkbox. */
  name?: string | undefined;
  onChecked: (checked: boolean) => void;
};

/** A radio button or checkbox with its label after it. */
export function Choice({ id, type, label, checked, name, onChecked }: ChoiceProps) {
  return (
    <div class="co-choice">
      <input
        type={type}
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

type RadiosProps<T extends string> = {
  /** Prefix for the group’s name and each radio’s id (`<group>-<value>`). */
  group: string;
  legend: string;
  options: readonly (readonly [T, string])[];
  current: T | undefined;
  onPick: (value: T) => void;
};

/** A question as a fieldset of radios, none checked until the reader or the state picks one. */
export function Radios<T extends string>({ group, legend, options, current, onPick }: RadiosProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <Choice
          key={value}
          id={`${group}-${value}`}
          type="radio"
          name={group}
          label={label}
          checked={current === value}
          onChecked={() => onPick(value)}
        />
      ))}
    </fieldset>
  );
}
