import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Messages for two polite live regions written in turn after a short pause (Pagefind's announcer
 * pattern): the pause lets a focus move be read first, and alternating lets a repeat be read again.
 */
export function useLiveRegion(delay = 150): [readonly [string, string], (message: string) => void] {
  const [messages, setMessages] = useState<readonly [string, string]>(['', '']);
  const turn = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (message: string): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      turn.current = 1 - turn.current;
      setMessages(turn.current === 1 ? [message, ''] : ['', message]);
    }, delay);
  };
  return [messages, announce];
}
