// When a query word counts as one of the index's words. Whole words only: the same word,
// the same stem, a close typo of it, or (for the word still being typed) its first letters.

/** How a query word met an index word; a prefix match marks only the letters typed. */
export type WordMatch = { kind: 'word' } | { kind: 'prefix'; length: number };

/** A word being typed matches the start of longer words once it has this many letters. */
export const MIN_PREFIX = 3;

/**
 * Typos allowed in a word of `length` letters: none up to 3 (too many short words differ by
 * one letter: "cost"/"most"), one from 5, two from 9. Four-letter words may swap two
 * neighbouring letters ("pian"), nothing else.
 */
function typosAllowed(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Whether `typed` is a close misspelling of `word`: same first letter (typos rarely hit it,
 * and it keeps "addictive" away from "dissociatives"), within `typosAllowed` edits plus
 * `slack` (suggestions are allowed one more).
 */
export function isCloseTypo(typed: string, word: string, slack = 0): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  const allowed = typosAllowed(typed.length) + slack;
  if (Math.abs(typed.length - word.length) > allowed) return false;
  if (allowed === 0) return typed.length === 4 && isSwap(typed, word);
  return editDistance(typed, word, allowed) <= allowed;
}

/** "pian"/"pain": the same letters with one neighbouring pair swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const [i, j] = diff;
  return (
    diff.length === 2 &&
    j === (i as number) + 1 &&
    a[i as number] === b[j] &&
    a[j] === b[i as number]
  );
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
 * neighbours), giving up as soon as it must exceed `max` (then returns max + 1).
 */
function editDistance(a: string, b: string, max: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** A query word as one vocabulary compares it: its key and its stems in that language. */
export interface LookUpForm {
  key: string;
  stems: readonly string[];
}

/**
 * A stem at least this long may stand for a query word that only adds a short inflection to
 * it ("wirkt" for "wirk-en"): Snowball leaves some verb forms of inflected languages apart.
 */
const MIN_STEM_FOR_ENDING = 4;
const MAX_ENDING = 2;

/** The distinct words of one language's index (filler excluded), to look query words up in. */
export class Vocabulary {
  private readonly keysByStem = new Map<string, string[]>();
  private readonly stemsByKey = new Map<string, string>();
  /**
   * Stems by the first letter of their words: a typo, a typed start and an added ending all
   * keep the first letter, so a query word is compared with one bucket only.
   */
  private readonly byFirstLetter = new Map<string, Map<string, string[]>>();

  /** `endings`: whether a query word may add an inflection to an index stem (not English). */
  constructor(
    words: Iterable<{ key: string; stems: readonly string[] }>,
    private readonly endings = false,
  ) {
    for (const { key, stems } of words) {
      if (!this.stemsByKey.has(key)) this.stemsByKey.set(key, stems[0] ?? key);
      for (const stem of stems) {
        const same = this.keysByStem.get(stem);
        if (!same) this.keysByStem.set(stem, [key]);
        else if (!same.includes(key)) same.push(key);
        const first = key[0] ?? '';
        let bucket = this.byFirstLetter.get(first);
        if (!bucket) {
          bucket = new Map();
          this.byFirstLetter.set(first, bucket);
        }
        const inBucket = bucket.get(stem);
        if (!inBucket) bucket.set(stem, [key]);
        else if (!inBucket.includes(key)) inBucket.push(key);
      }
    }
  }

  /** Whether a word of the index has one of these stems (a typo is not knowing it). */
  knows(stems: readonly string[]): boolean {
    return stems.some((stem) => this.keysByStem.has(stem));
  }

  stemOf(key: string): string | undefined {
    return this.stemsByKey.get(key);
  }

  /**
   * Adds to `found` the index words the query word stands for, each with how it matched.
   * `slack` allows that many more typos (for the closest cards, never for results).
   */
  lookUp(word: LookUpForm, typing: boolean, found: Map<string, WordMatch>, slack = 0): void {
    // A start being typed that happens to be a stem ("glutam") marks only what was typed.
    const typedStart = typing && !this.stemsByKey.has(word.key);
    for (const stem of word.stems) {
      for (const key of this.keysByStem.get(stem) ?? []) {
        const prefix = typedStart && key.length > word.key.length && key.startsWith(word.key);
        found.set(key, prefix ? { kind: 'prefix', length: word.key.length } : { kind: 'word' });
      }
    }
    for (const [stem, keys] of this.byFirstLetter.get(word.key[0] ?? '') ?? []) {
      const ending =
        this.endings &&
        stem.length >= MIN_STEM_FOR_ENDING &&
        word.key.length - stem.length <= MAX_ENDING &&
        word.key.startsWith(stem);
      for (const key of keys) {
        if (found.has(key)) continue;
        if (ending || isCloseTypo(word.key, key, slack)) found.set(key, { kind: 'word' });
        else if (typing && word.key.length >= MIN_PREFIX && key.startsWith(word.key)) {
          found.set(key, { kind: 'prefix', length: word.key.length });
        }
      }
    }
  }
}
