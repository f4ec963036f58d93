/** Words a reader gets through in a minute; a common figure for prose on screen. */
export const WORDS_PER_MINUTE = 230;

/** Counts the words of MDX source, leaving out imports, exports, tags and Markdown syntax. */
export function countWords(source: string): number {
  const text = source
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, ' ')
    .replace(/[#>*_`~|]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read MDX source; never less than one. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(source) / WORDS_PER_MINUTE));
}
