import type { Priority } from '../../lib/counteroffer/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { ID_PREFIX } from './columns.ts';

/** What each priority covers, as the list names it. */
export const PRIORITY_LABELS: Record<Priority, string> = {
  level: 'Level / title',
  base: 'Base salary and bonus',
  equity: 'Equity',
  'sign-on': 'Sign-on bonus and relocation',
  'other-terms': 'Other terms',
};

type Props = {
  level: HeadingLevel;
  priorities: readonly Priority[];
  onChange: (priorities: Priority[]) => void;
  /** Says the new position to screen readers ("Equity: now 2 of 5"). */
  announce: (message: string) => void;
};

/** "What matters most": an ordered list with Move up and Move down buttons; the message follows its order. */
export function PriorityList({ level, priorities, onChange, announce }: Props) {
  const focusAfter = useFocusAfter();
  const last = priorities.length - 1;
  const buttonId = (priority: Priority, up: boolean) => `${ID_PREFIX}-${priority}-${up ? 'up' : 'down'}`;

  const move = (index: number, up: boolean) => {
    const to = up ? index - 1 : index + 1;
    const next = [...priorities];
    const [priority] = next.splice(index, 1);
    if (priority === undefined || to < 0 || to > last) return;
    next.splice(to, 0, priority);
    onChange(next);
    // Focus stays on the pressed button, or on its partner once the item reaches an end and it is disabled.
    focusAfter(buttonId(priority, to === 0 ? false : to === last ? true : up));
    announce(`${PRIORITY_LABELS[priority]}: now ${to + 1} of ${priorities.length}`);
  };

  const headingId = `${ID_PREFIX}-priorities`;
  return (
    <div class="co-priorities" role="group" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        What matters most
      </Heading>
      <p class="co-hint">Your message asks in this order.</p>
      <ol>
        {priorities.map((priority, index) => (
          <li key={priority}>
            {PRIORITY_LABELS[priority]}
            <span>
              {[true, false].map((up) => (
                <button
                  key={String(up)}
                  type="button"
                  id={buttonId(priority, up)}
                  class="button secondary"
                  disabled={up ? index === 0 : index === last}
                  onClick={() => move(index, up)}
                  // The visible words come first, so speech control users can say what they see.
                  aria-label={`Move ${up ? 'up' : 'down'}: ${PRIORITY_LABELS[priority]}`}
                >
                  Move {up ? 'up' : 'down'}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
