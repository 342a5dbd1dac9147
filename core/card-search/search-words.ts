import type { SearchLanguage } from './languages';
import { lowerForm, searchKey, stripAccents } from './search-key';
import { stemIn } from './stem';

// Words as the search compares them. Card text and queries are cut into words the same way
// and compared word by word, so a query word can only ever mark a whole word (or, while it
// is being typed, the start of one), never letters inside another word.

export { searchKey } from './search-key';

/**
 * A run of letters, marks and digits, with inner hyphens or apostrophes kept ("off-label",
 * "4-6", "doctor's"); typographic dashes and apostrophes count too, as card text may use them.
 */
export const WORD = /[\p{L}\p{M}\p{N}_]+(?:['\u2019\u2010\u2011\u2013-][\p{L}\p{M}\p{N}_]+)*/gu;

/** Where a word sits (UTF-16, end exclusive), in lower case with and without accents. */
export interface WordSpan {
  lower: string;
  key: string;
  start: number;
  end: number;
}

/** One word of a text in a language: its folded form, its stems and where it sits. */
export interface TextWord {
  key: string;
  /**
   * Its stem in the text's language, then (when different) the stem of its accentless form,
   * so a query typed without accents ("securite") meets "sécurité".
   */
  stems: readonly string[];
  start: number;
  end: number;
}

/**
 * The words of a text. A hyphenated word counts as its parts ("off-label" is "off" and
 * "label"), so "off label" and "off-label" find each other; a possessive "'s" is dropped, and
 * so is the elided article of French and Italian ("l'anxiété" is "anxiété").
 */
export function wordSpans(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const token of text.matchAll(WORD)) {
    const at = token.index;
    const raw = token[0].replace(/['\u2019]s$/iu, '');
    for (const part of raw.matchAll(/[^\u2010\u2011\u2013-]+/gu)) {
      const elided = /^(?:[cdjlmnst]|qu)['\u2019](?=\p{L})/iu.exec(part[0]);
      const skip = elided ? elided[0].length : 0;
      const lower = lowerForm(part[0].slice(skip));
      const key = stripAccents(lower);
      if (key === '') continue;
      const start = at + part.index + skip;
      words.push({ lower, key, start, end: at + part.index + part[0].length });
    }
  }
  return words;
}

/** The stems of a word in `language`: of its accented form, then of its accentless form. */
export function stemsOf(word: { lower: string; key: string }, language: SearchLanguage): string[] {
  const stem = stripAccents(stemIn(language, word.lower));
  if (word.key === word.lower) return [stem];
  const plain = stemIn(language, word.key);
  return plain === stem ? [stem] : [stem, plain];
}

/** The words of a text in `language`, with their stems. */
export function wordsIn(text: string, language: SearchLanguage = 'en'): TextWord[] {
  return wordSpans(text).map((w) => ({
    key: w.key,
    stems: stemsOf(w, language),
    start: w.start,
    end: w.end,
  }));
}

/**
 * How many UTF-16 units of `original` fold to the first `foldedLength` characters of its
 * key, so a prefix match marks exactly the letters typed ("Glutam" of "Glutamate").
 */
export function originalPrefixLength(original: string, foldedLength: number): number {
  // Plain ASCII folds letter for letter.
  if (/^[\x20-\x7e]*$/.test(original)) return Math.min(foldedLength, original.length);
  let folded = 0;
  let units = 0;
  for (const ch of original) {
    if (folded >= foldedLength) break;
    folded += searchKey(ch).length;
    units += ch.length;
  }
  return units;
}
