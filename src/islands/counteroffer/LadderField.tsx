import { ladderFromText } from '../../lib/counteroffer/levels.ts';
import { DEFAULT_LADDER, TEXT_LIMITS } from '../../lib/counteroffer/state.ts';
import { CountedField } from './CountedField.tsx';

type Props = {
  id: string;
  ladder: readonly string[] | undefined;
  onChange: (ladder: string[]) => void;
};

/** The levels the builder compares, lowest first, which the reader can see and rewrite (one per line). */
export function LadderField({ id, ladder, onChange }: Props) {
  return (
    <CountedField
      id={id}
      label="Levels, lowest first (one per line)"
      hint={`Levels are compared on this ladder; one that isn’t on it is never called higher or lower. Up to ${TEXT_LIMITS.ladder} levels.`}
      value={(ladder ?? DEFAULT_LADDER).join('\n')}
      multiline
      maxLength={TEXT_LIMITS.ladderText}
      onInput={(text) => onChange(ladderFromText(text))}
    />
  );
}
