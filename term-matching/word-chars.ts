// Which characters glue onto a word, for the word-boundary rule.

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
// Scripts written without spaces between words: a term there has no boundary to check.
// Hangul is spaced, but particles attach to nouns ('케타민은'), so it is treated the same way.
// Script_Extensions (scx) also catches shared marks such as the prolonged sound mark 'ー'.
const UNSPACED =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Yi}]$/u;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const bmpCache = new Uint8Array(0x10000);
const astralCache = new Map<number, boolean>();

/**
 * True when `cp` is a letter, mark or digit of a script written with spaces
 * (Latin, Cyrillic, Greek, ...). A match may not touch such a character on an
 * edge whose pattern character is one too. -1 (no character) is not one.
 */
export function isSpacedWordChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x10000) {
    const cached = bmpCache[cp];
    if (cached !== UNKNOWN) return cached === YES;
    const result = classify(cp);
    bmpCache[cp] = result ? YES : NO;
    return result;
  }
  let result = astralCache.get(cp);
  if (result === undefined) {
    result = classify(cp);
    astralCache.set(cp, result);
  }
  return result;
}

function classify(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return WORD.test(ch) && !UNSPACED.test(ch);
}
