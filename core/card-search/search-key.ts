import { foldText } from '../term-matching/fold-text';

/**
 * A word in lower case as the stemmers read it: the page matcher's fold (`foldText`, the one
 * fold of the project), accents kept.
 */
export function lowerForm(word: string): string {
  // Plain ASCII folds to its lower case; most words are, and the index is built at popup open.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return foldText(word);
}

/**
 * The comparison form of a word: `lowerForm`, then one step of the search's own,
 * `stripAccents`, so "kétamine" meets "ketamine".
 */
export function searchKey(word: string): string {
  return stripAccents(lowerForm(word));
}

/** Drops combining marks: the search forgives accents, the highlighter does not. */
export function stripAccents(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
