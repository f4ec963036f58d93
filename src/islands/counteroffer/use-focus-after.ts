import { useEffect, useRef } from 'preact/hooks';

/** Returns `focusAfter(id)`: focuses that element after the next render, once it is on screen. */
export function useFocusAfter(): (id: string) => void {
  const pending = useRef('');
  useEffect(() => {
    if (pending.current) document.getElementById(pending.current)?.focus();
    pending.current = '';
  });
  return (id) => {
    pending.current = id;
  };
}
