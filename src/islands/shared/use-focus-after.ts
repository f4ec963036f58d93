import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** An element’s id, or how to find the element once it is on screen. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * Returns `focusAfter(target)`: moves focus to the target after the next render that shows it
 * (a view that loads on demand may take several), then calls `then` with it. `focusAfter('')`
 * cancels. The one way islands move focus after a render.
 */
export function useFocusAfter(then?: (element: HTMLElement) => void): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget>('');
  // Asking renders again, so a request made after the change it waits for has rendered (once a
  // promise settles, say) is still seen.
  const [, rerender] = useState(0);
  // A layout effect, so focus lands as soon as the view is in the DOM, never on the one leaving.
  // Kept until the element is there: Preact runs an earlier render’s effects before the next
  // render (a field’s check on leaving, say), when the element asked for may not exist yet.
  useLayoutEffect(() => {
    const target = pending.current;
    const element = typeof target === 'string' ? target && document.getElementById(target) : target();
    if (!element) return;
    pending.current = '';
    element.focus();
    then?.(element);
  });
  return (target) => {
    pending.current = target;
    rerender((count) => count + 1);
  };
}
