import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Messages for two polite live regions, written in turn after a pause (Pagefind's announcer
 * pattern). A new message within the pause replaces the pending one, so totals typed digit by
 * digit are read once, when the reader stops; alternating regions let a repeat be read again.
 */
export function useLiveRegion(): [readonly [string, string], (message: string, delay?: number) => void] {
  const [messages, setMessages] = useState<readonly [string, string]>(['', '']);
  const turn = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (message: string, delay = 150): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      turn.current = 1 - turn.current;
      setMessages(turn.current === 1 ? [message, ''] : ['', message]);
    }, delay);
  };
  return [messages, announce];
}
