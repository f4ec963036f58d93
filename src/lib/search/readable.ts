import type { ExcerptPart } from './excerpt.ts';

/**
 * Search results read like the site: curly quotes and apostrophes, an excerpt that starts at a
 * sentence or says it doesn't with "…", and highlights on words, not on the punctuation Pagefind
 * keeps with them ("Offer." marks "Offer").
 */

const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Straight quotes to curly: an opening one after a space or a bracket (or at the start), else closing or an apostrophe. */
export function curlyQuotes(text: string): string {
  return text.replace(/["']/g, (quote, at: number) => {
    const opening = at === 0 || OPENS_AFTER.test(text[at - 1] ?? ' ');
    if (quote === '"') return opening ? '\u201c' : '\u201d';
    return opening ? '\u2018' : '\u2019';
  });
}

/** How far into an excerpt a sentence may start and still be shown from there, in characters. */
const SENTENCE_SEARCH = 80;
const SENTENCE_OPENING = /^["'“‘(]?[\p{Lu}\p{N}]/u;

/**
 * Whether the excerpt's first words begin a sentence: in the page's text (`content`, when known)
 * they follow a sentence's end or nothing; without it, they look like a sentence's start.
 */
function opensSentence(text: string, content: string | undefined): boolean {
  if (!SENTENCE_OPENING.test(text)) return false;
  if (content === undefined) return true;
  const at = content.indexOf(text.slice(0, 24));
  return at === 0 || (at > 0 && /[.?!…:][”’"')]?\s+$/u.test(content.slice(Math.max(0, at - 4), at)));
}

/**
 * Where the excerpt should start: where it starts, if that is a sentence's beginning; else just
 * after the first sentence end close enough and before the first highlight; else undefined (it
 * starts mid-sentence, and says so with "…").
 */
function sentenceStart(text: string, firstMark: number, content: string | undefined): number | undefined {
  const from = text.length - text.trimStart().length;
  if (opensSentence(text.slice(from), content)) return from;
  const end = /[.?!…][”’"')]?\s+/gu;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const start = match.index + match[0].length;
    if (start > Math.min(firstMark, SENTENCE_SEARCH)) break;
    if (SENTENCE_OPENING.test(text.slice(start))) return start;
  }
  return undefined;
}

/** Shrinks a highlight to the word it is on: no punctuation or space at either end. */
function wordRange(text: string, [from, to]: [number, number]): [number, number] {
  let start = from;
  let end = to;
  while (start < end && !WORD.test(text[start] ?? '')) start += 1;
  while (end > start && !WORD.test(text[end - 1] ?? '')) end -= 1;
  return [start, end];
}

/**
 * An excerpt made readable (see above); an empty one stays empty. `content` is the page's
 * text, as Pagefind gives it, to tell a sentence's start from a capitalised word mid-sentence.
 */
export function readableExcerpt(parts: readonly ExcerptPart[], content?: string): ExcerptPart[] {
  let raw = '';
  const marks: [number, number][] = [];
  for (const part of parts) {
    if (part.mark) marks.push([raw.length, raw.length + part.text.length]);
    raw += part.text;
  }
  // Each straight quote becomes one curly one, so the highlights' offsets hold.
  const text = curlyQuotes(raw);
  const ranges = marks.map((range) => wordRange(text, range)).filter(([from, to]) => to > from);
  // The page's text keeps its straight quotes: look for the excerpt as it came.
  const start = sentenceStart(raw, ranges[0]?.[0] ?? text.length, content);
  const end = text.trimEnd().length;
  if (end <= (start ?? 0)) return [];
  const from = start ?? text.length - text.trimStart().length;
  const lead = start === undefined ? '…' : '';
  const tail = /[.?!…:”’"')]$/u.test(text.slice(0, end)) ? '' : '…';
  const out: ExcerptPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece) out.push({ text: piece, mark });
  };
  let at = from;
  push(lead, false);
  for (const [markFrom, markTo] of ranges) {
    if (markFrom < at || markTo > end) continue;
    push(text.slice(at, markFrom), false);
    push(text.slice(markFrom, markTo), true);
    at = markTo;
  }
  push(text.slice(at, end), false);
  push(tail, false);
  // Neighbouring plain runs (the lead, the tail) read as one.
  return out.reduce<ExcerptPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
