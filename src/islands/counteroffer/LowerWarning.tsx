import type { LowerTerm } from '../../lib/counteroffer/index.ts';

type Props = {
  id: string;
  warnings: readonly LowerTerm[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
};

/** Names each term where the counter asks for less than their offer; the message leaves them out until the reader confirms. */
export function LowerWarning({ id, warnings, confirmed, onConfirm }: Props) {
  return (
    <div class="co-warning" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Your counteroffer asks for less than their offer.</strong>{' '}
        {confirmed
          ? 'Your message asks for it as you typed it.'
          : 'Your message leaves these out until you confirm.'}
      </p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.term}>{warning.text}</li>
        ))}
      </ul>
      <div class="co-choice">
        <input
          type="checkbox"
          id={id}
          checked={confirmed}
          onChange={(event) => onConfirm(event.currentTarget.checked)}
        />
        <label for={id}>I mean to ask for less on these</label>
      </div>
    </div>
  );
}
