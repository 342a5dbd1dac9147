// Which characters glue onto a word, for the word-boundary rule.

import { memoAstral } from './astral-memo';

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
const astralWordChar = memoAstral(classify);

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
  return astralWordChar(cp);
}

function classify(cp: number): boolean {
  const known = byRange(cp);
  if (known !== undefined) return known;
  const ch = String.fromCodePoint(cp);
  return WORD.test(ch) && !UNSPACED.test(ch);
}

/**
 * The answer for the blocks most pages and patterns use, without the RegExps: their first
 * runs cost about a millisecond per code point in a fresh content script (Script_Extensions
 * classes are large), paid by every frame. A unit test checks every BMP code point against
 * the RegExps. Undefined outside those blocks.
 */
function byRange(cp: number): boolean | undefined {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  // Latin-1 letters and Latin Extended-A/B (all letters but × and ÷).
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  // Greek letters (with the block's few gaps and symbols), Cyrillic and Cyrillic Supplement.
  if (cp >= 0x388 && cp <= 0x3ff)
    return cp !== 0x38b && cp !== 0x38d && cp !== 0x3a2 && cp !== 0x3f6;
  if (cp >= 0x400 && cp <= 0x52f) return cp !== 0x482;
  // Kana, CJK ideographs (Extension A and the main block), Hangul: written without spaces.
  if (cp >= 0x3040 && cp <= 0x30ff) return false;
  if (cp >= 0x3400 && cp <= 0x4dbf) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return false;
  if (cp >= 0xac00 && cp <= 0xd7af) return false;
  if (cp >= 0x1100 && cp <= 0x11ff) return false;
  if (cp >= 0x3130 && cp <= 0x318f) return false;
  return undefined;
}
