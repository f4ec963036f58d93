import type { ExcerptPart } from '../../lib/search/excerpt.ts';

/** An excerpt as text nodes, matched words in <mark>: nothing from the index becomes HTML. */
export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}
