// Per-code-point normalisation shared by patterns and page text, so both sides
// always agree. README.md lists the rules and why each one exists.

import { memoAstral } from './astral-memo';

/** Fold code: the character is dropped (soft hyphen, zero-width characters). */
export const FOLD_IGNORE = -1;
/** Fold code: the character is whitespace; a run of whitespace becomes one space. */
export const FOLD_SPACE = -2;
/** Fold codes at or below this one index `EXPANSIONS` (one character folding to several). */
const FOLD_EXPANSION_BASE = -3;
/** Marks a not-yet-computed entry of `BMP_FOLD`; larger than any code point. */
export const FOLD_UNKNOWN = 0x7fffffff;

export const SPACE = 0x20;
const HYPHEN_MINUS = 0x2d;
const APOSTROPHE = 0x27;

// Invisible characters that pages insert inside words (hyphenation hints, joiners, BOM).
const IGNORABLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
// NEL is a line break but not in JS `\s`.
const EXTRA_WHITESPACE = new Set([0x85]);
// Hyphen, non-breaking hyphen, figure dash, en dash, minus sign, small and fullwidth hyphen-minus.
// Em dash and horizontal bar stay distinct: they separate clauses, they do not join words.
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]);
// Curly / modifier / fullwidth apostrophes as typed by word processors and phone keyboards.
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0xff07]);
// Full case folding that `toLowerCase()` alone does not do (applied after lowercasing).
// Final sigma so Greek words match in any position; sharp s and long s; Latin ligatures from PDFs.
const FULL_FOLDS = new Map<number, string>([
  [0x3c2, '\u03c3'],
  [0xdf, 'ss'],
  [0x17f, 's'],
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
]);

/** Characters that fold to several code points (e.g. 'İ' → 'i' + U+0307, 'ß' → 'ss'). */
const EXPANSIONS: Int32Array[] = [];
const expansionIds = new Map<string, number>();

/** Cache of `foldCode` for the BMP, read directly by the scanner's hot loop. */
export const BMP_FOLD = new Int32Array(0x10000).fill(FOLD_UNKNOWN);
const astralFold = memoAstral(computeFold);

/**
 * Folds one code point: a code point >= 0, `FOLD_IGNORE`, `FOLD_SPACE`,
 * or an expansion code (read it with `expansionOf`).
 */
export function foldCode(cp: number): number {
  if (cp < 0x10000) {
    const cached = BMP_FOLD[cp] as number;
    if (cached !== FOLD_UNKNOWN) return cached;
    const code = computeFold(cp);
    BMP_FOLD[cp] = code;
    return code;
  }
  return astralFold(cp);
}

/** True for codes returned by `foldCode` that stand for several code points. */
export function isExpansion(code: number): boolean {
  return code <= FOLD_EXPANSION_BASE;
}

/** The folded code points of an expansion code. */
export function expansionOf(code: number): Int32Array {
  return EXPANSIONS[FOLD_EXPANSION_BASE - code] as Int32Array;
}

function computeFold(cp: number): number {
  if (IGNORABLE.has(cp)) return FOLD_IGNORE;
  const ch = String.fromCodePoint(cp);
  if (/^\s$/u.test(ch) || EXTRA_WHITESPACE.has(cp)) return FOLD_SPACE;
  if (DASHES.has(cp)) return HYPHEN_MINUS;
  if (APOSTROPHES.has(cp)) return APOSTROPHE;
  let folded = '';
  for (const lower of ch.toLowerCase()) {
    folded += FULL_FOLDS.get(lower.codePointAt(0) as number) ?? lower;
  }
  const cps = Array.from(folded, (c) => c.codePointAt(0) as number);
  if (cps.length === 1) return cps[0] as number;
  return expansionCode(cps);
}

function expansionCode(cps: number[]): number {
  const key = cps.join(',');
  let id = expansionIds.get(key);
  if (id === undefined) {
    id = EXPANSIONS.length;
    EXPANSIONS.push(Int32Array.from(cps));
    expansionIds.set(key, id);
  }
  return FOLD_EXPANSION_BASE - id;
}
