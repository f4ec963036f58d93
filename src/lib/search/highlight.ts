/**
 * What to mark on a page a reader reaches from a search result: the words they searched, as
 * whole words, not the letters inside longer words ("call" in "recall") and not the little
 * words every sentence has ("the", "to"). The options are mark.js's, which Pagefind's
 * highlighter passes through.
 */

/** Words too common to be what a reader looked for. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'i',
  'if',
  'in',
  'is',
  'it',
  'my',
  'of',
  'on',
  'or',
  'so',
  'that',
  'the',
  'their',
  'they',
  'this',
  'to',
  'was',
  'we',
  'what',
  'with',
  'you',
  'your',
]);

/** Punctuation that may touch a word and still leave it whole ("call," "offer’s"). */
const LIMITERS = [...',.;:!?\'"’‘“”()[]{}…–—/'];

/** Whether a searched term is worth marking on the page. */
export function shouldMark(term: string): boolean {
  const word = term.trim().toLowerCase();
  return word.length > 1 && !STOP_WORDS.has(word);
}

/** mark.js options for the highlighter: whole words, the site's class, never inside ignored parts. */
export function highlightMarkOptions() {
  return {
    className: 'pagefind-highlight',
    accuracy: { value: 'exactly' as const, limiters: LIMITERS },
    separateWordSearch: true,
    exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    filter: (_node: Text, term: string) => shouldMark(term),
  };
}
