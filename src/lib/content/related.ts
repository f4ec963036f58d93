import { topicSlug } from './topics.ts';

/** What ranking needs to know of an issue. */
export interface Relatable {
  number: number;
  date: Date;
  topics: readonly string[];
  /** The ids of the tips the issue gives (`<Tip id="…">`), if known. Default: none. */
  tipIds?: readonly string[] | undefined;
}

/**
 * Every issue once, newest first, and for each topic slug and tip id ("topic:offers",
 * "tip:take-the-call") the positions in that order of the issues filed under it.
 */
interface Index<T> {
  byRecency: T[];
  lists: Map<string, number[]>;
  /** Long lists as bitsets (bit p of word p >> 5 for position p), made when first needed. */
  bits: Map<string, Uint32Array>;
}

// Every issue page ranks against the same list: it is indexed once. Ranking then counts, for
// every issue at once, how many of this issue's topics and tips it shares, in bit-sliced
// counters a 32-issue word at a time: a long list (a topic, a tip id such as "tip-1" that
// nearly every issue repeats) costs a word per 32 issues, a short one a step per issue in it.
// Counting issue by issue, each page cost as much as the catalogue, which made ranking grow
// with the square of the issues.
const indexes = new WeakMap<readonly Relatable[], Index<Relatable>>();

const newestFirst = (a: Relatable, b: Relatable) => b.date.getTime() - a.date.getTime() || b.number - a.number;

/** The index keys an issue is filed under: each topic slug and tip id once. */
function keys(issue: Relatable): Set<string> {
  return new Set([...issue.topics.map((topic) => `topic:${topicSlug(topic)}`), ...(issue.tipIds ?? []).map((id) => `tip:${id}`)]);
}

function indexed<T extends Relatable>(issues: readonly T[]): Index<T> {
  let index = indexes.get(issues) as Index<T> | undefined;
  if (!index) {
    index = { byRecency: [...issues].sort(newestFirst), lists: new Map(), bits: new Map() };
    for (const [position, issue] of index.byRecency.entries()) {
      for (const key of keys(issue)) {
        const list = index.lists.get(key);
        if (list) list.push(position);
        else index.lists.set(key, [position]);
      }
    }
    indexes.set(issues, index);
  }
  return index;
}

function bitset(index: Index<Relatable>, key: string, list: readonly number[], words: number): Uint32Array {
  let bits = index.bits.get(key);
  if (!bits) {
    bits = new Uint32Array(words);
    for (const position of list) bits[position >>> 5] = (bits[position >>> 5] as number) | (1 << (position & 31));
    index.bits.set(key, bits);
  }
  return bits;
}

/**
 * Other issues related to this one: most shared topics and tips first (each shared topic or
 * tip id counts one), then newest. Issues that share neither are left out, so a lone topic
 * shows nothing rather than noise.
 */
export function relatedIssues<T extends Relatable>(issues: readonly T[], current: Relatable, limit = 3): T[] {
  const index = indexed(issues);
  const lists = [...keys(current)].flatMap((key) => {
    const list = index.lists.get(key);
    return list ? [{ key, list }] : [];
  });
  if (lists.length === 0) return [];
  const words = (index.byRecency.length + 31) >>> 5;
  // counters[k] holds bit k of every issue's count of shared keys.
  const width = 32 - Math.clz32(lists.length);
  const counters = Array.from({ length: width }, () => new Uint32Array(words));
  const add = (word: number, bits: number) => {
    let carry = bits;
    for (let k = 0; k < width && carry !== 0; k += 1) {
      const counter = counters[k] as Uint32Array;
      const sum = counter[word] as number;
      counter[word] = sum ^ carry;
      carry &= sum;
    }
  };
  for (const { key, list } of lists) {
    if (list.length >= words) {
      const bits = bitset(index, key, list, words);
      for (let word = 0; word < words; word += 1) if (bits[word] !== 0) add(word, bits[word] as number);
    } else {
      for (const position of list) add(position >>> 5, 1 << (position & 31));
    }
  }
  const found: T[] = [];
  // From the most shared down; within a count, positions run newest first.
  for (let shared = lists.length; shared > 0 && found.length < limit; shared -= 1) {
    for (let word = 0; word < words && found.length < limit; word += 1) {
      let match = ~0;
      counters.forEach((counter, k) => {
        match &= (shared >>> k) & 1 ? (counter[word] as number) : ~(counter[word] as number);
      });
      while (match !== 0 && found.length < limit) {
        const bit = 31 - Math.clz32(match & -match);
        match &= match - 1;
        const issue = index.byRecency[(word << 5) + bit] as T;
        if (issue.number !== current.number) found.push(issue);
      }
    }
  }
  return found;
}
