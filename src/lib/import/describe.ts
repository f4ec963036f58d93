// A description for cards, meta tags and feeds when the platform has none: the post's first
// sentences, as many as fit the schema's limit.

/** The schema's limit on a description, in characters. */
export const DESCRIPTION_LIMIT = 200;

/** The first whole sentences of `text` within `limit` characters; a cut at a word with "…" if even one is longer. */
export function firstSentences(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const sentences = clean.match(/[^.!?…]+(?:[.!?…]+["”’)]*|$)\s*/g) ?? [clean];
  let result = '';
  for (const sentence of sentences) {
    if ((result + sentence).trim().length > limit) break;
    result += sentence;
  }
  if (result.trim()) return result.trim();
  const cut = clean.slice(0, limit - 1);
  const atWord = cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The platform's description if it fits, else the body's first sentences; never empty. */
export function describePost(platform: string | undefined, bodyText: string, title: string): string {
  const own = platform
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (own) return firstSentences(own);
  return firstSentences(bodyText) || firstSentences(title);
}
