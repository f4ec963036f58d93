/** The two polite live regions `useLiveRegion` writes to in turn, out of sight. */
export function LiveRegions({ messages }: { messages: readonly [string, string] }) {
  return (
    <div class="visually-hidden">
      {messages.map((message, index) => (
        <p key={index} aria-live="polite" aria-atomic="true">
          {message}
        </p>
      ))}
    </div>
  );
}
