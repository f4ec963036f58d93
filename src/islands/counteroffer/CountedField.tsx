import type { ComponentProps } from 'preact';
import { Field } from './Field.tsx';

// Fields this long (names, level, notes, title, the ladder) say how much of their limit is used
// once most of it is: an empty form carries no count under every field.
const COUNT_FROM = 80;
const NEAR = 0.8;

/** A Field that says how many of its characters are used once a reader nears the limit. */
export function CountedField(props: ComponentProps<typeof Field>) {
  if (props.maxLength < COUNT_FROM || props.value.length < props.maxLength * NEAR)
    return <Field {...props} />;
  const countId = `${props.id}-count`;
  return (
    <Field {...props} describedBy={countId}>
      <p id={countId} class="co-count">
        {props.value.length} of {props.maxLength} characters
      </p>
    </Field>
  );
}
