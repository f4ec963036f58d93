import { useEffect, useRef } from 'preact/hooks';

type Props = {
  id: string;
  /** What the reader is agreeing to; it takes focus, so screen readers read it first. */
  prompt: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
};

/** An inline "are you sure?" step with a confirm and a Cancel button, instead of window.confirm. */
export function Confirm({ id, prompt, yes, onYes, onCancel }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="co-confirm" role="group" aria-labelledby={id}>
      <p id={id} ref={ref} tabIndex={-1}>
        {prompt}
      </p>
      <button type="button" class="button" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" class="button secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
