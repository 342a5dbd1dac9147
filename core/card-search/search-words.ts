import { foldText } from '../term-matching/fold-text';
import { stem } from './stem';

// Words as the search compares them. Card text and queries are cut into words the same way
// and compared word by word, so a query word can only ever mark a whole word (or, while it
// is being typed, the start of one), never letters inside another word.

/**
 * A run of letters, marks and digits, with inner hyphens or apostrophes kept ("off-label",
 * "4-6", "doctor's"); typographic dashes and apostrophes count too, as card text may use them.
 */
export const WORD = /[\p{L}\p{M}\p{N}_]+(?:['\u2019\u2010\u2011\u2013-][\p{L}\p{M}\p{N}_]+)*/gu;

/** One word of a text: its folded form, its stem and where it sits (UTF-16, end exclusive). */
export interface TextWord {
  key: string;
  stem: string;
  start: number;
  end: number;
}

/**
 * The comparison form of a word: the page matcher's fold (`foldText`, the one fold of the
 * project), then one step of the search's own, `stripAccents`, so "kétamine" meets "ketamine".
 */
export function searchKey(word: string): string {
  // Plain ASCII folds to its lower case; most words are, and the index is built at popup open.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return stripAccents(foldText(word));
}

/** Drops combining marks: the search forgives accents, the highlighter does not. */
function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * The words of a text. A hyphenated word counts as its parts ("off-label" is "off" and
 * "label"), so "off label" and "off-label" find each other; a possessive "'s" is dropped.
 */
export function wordsIn(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const token of text.matchAll(WORD)) {
    const at = token.index;
    const raw = token[0].replace(/['\u2019]s$/iu, '');
    for (const part of raw.matchAll(/[^\u2010\u2011\u2013-]+/gu)) {
      const key = searchKey(part[0]);
      if (key === '') continue;
      const start = at + part.index;
      words.push({ key, stem: stem(key), start, end: start + part[0].length });
    }
  }
  return words;
}

/**
 * How many UTF-16 units of `original` fold to the first `foldedLength` characters of its
 * key, so a prefix match marks exactly the letters typed ("Glutam" of "Glutamate").
 */
export function originalPrefixLength(original: string, foldedLength: number): number {
  let folded = 0;
  let units = 0;
  for (const ch of original) {
    if (folded >= foldedLength) break;
    folded += searchKey(ch).length;
    units += ch.length;
  }
  return units;
}
