import type { ComponentProps } from 'preact';
import { Field } from './Field.tsx';

// Fields this long (names, level, notes, title, the ladder) show how much of their limit is used;
// amounts, percentages and short terms carry their maxlength without a count.
const COUNT_FROM = 80;

/** A Field that says how many of its characters are used, so a reader nearing the limit sees it. */
export function CountedField(props: ComponentProps<typeof Field>) {
  if (props.maxLength < COUNT_FROM) return <Field {...props} />;
  const countId = `${props.id}-count`;
  return (
    <Field {...props} describedBy={countId}>
      <p id={countId} class="co-count">
        {props.value.length} of {props.maxLength} characters
      </p>
    </Field>
  );
}
