import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Pagefind’s announcer: two polite status regions, out of sight, written in turn after a pause.
 * A new message within the pause replaces the pending one, so totals typed digit by digit or a
 * result count that settles are read once, when it stops; alternating lets a repeat be read
 * again. Returns the regions, to render once in the island, and `announce`.
 */
export function useAnnouncer() {
  const [messages, setMessages] = useState(['', '']);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (message: string, delay = 150): void => {
    clearTimeout(timer.current);
    // Written into the region that was empty, the other one cleared.
    timer.current = setTimeout(
      () => setMessages(([first]) => (first ? ['', message] : [message, ''])),
      delay,
    );
  };
  const regions = (
    <div class="visually-hidden">
      {messages.map((message, index) => (
        <p key={index} role="status" aria-live="polite" aria-atomic="true">
          {message}
        </p>
      ))}
    </div>
  );
  return [regions, announce] as const;
}
