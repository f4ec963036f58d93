import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A polite announcement that waits for typing to settle, so a screen reader hears the final
 * count once rather than every intermediate one (the pattern Pagefind's own UI uses).
 */
export function useAnnouncer(message: string, delay = 600): string {
  const [spoken, setSpoken] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSpoken(message), delay);
    return () => clearTimeout(timer.current);
  }, [message, delay]);
  return spoken;
}
