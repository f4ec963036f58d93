import { useEffect, useRef } from 'preact/hooks';

/** Returns `focusAfter(id)`: focuses that element after the next render, once it is on screen. */
export function useFocusAfter(): (id: string) => void {
  const pending = useRef('');
  useEffect(() => {
    // Kept until the element is there: Preact runs an earlier render's effects before the next
    // render (a field's check on leaving, say), when the element asked for may not exist yet.
    const element = pending.current ? document.getElementById(pending.current) : null;
    if (!element) return;
    element.focus();
    pending.current = '';
  });
  return (id) => {
    pending.current = id;
  };
}
