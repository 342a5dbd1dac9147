import { expansionOf, FOLD_IGNORE, FOLD_SPACE, foldCode, isExpansion, SPACE } from './fold';

/**
 * Folds a pattern exactly like page text (see fold.ts), then trims it:
 * a match never starts or ends with a space.
 */
export function foldPattern(text: string): number[] {
  const out: number[] = [];
  let lastSpace = true; // drops leading whitespace
  for (const ch of text) {
    const code = foldCode(ch.codePointAt(0) as number);
    if (code === FOLD_IGNORE) continue;
    if (code === FOLD_SPACE) {
      if (!lastSpace) out.push(SPACE);
      lastSpace = true;
      continue;
    }
    if (isExpansion(code)) out.push(...expansionOf(code));
    else out.push(code);
    lastSpace = false;
  }
  if (out[out.length - 1] === SPACE) out.pop();
  return out;
}

/**
 * The folded forms a pattern is compiled under. Pages mix precomposed ('é')
 * and decomposed ('e' + U+0301) accents, and the scanner does not normalise
 * text (that would cost a copy of the page), so each pattern is indexed as
 * typed, in NFC and in NFD. Returns the distinct forms in that order.
 */
export function patternForms(text: string): number[][] {
  const forms: number[][] = [];
  // Most patterns are the same string in all three (plain ASCII, say): fold each string once.
  for (const variant of new Set([text, text.normalize('NFC'), text.normalize('NFD')])) {
    const folded = foldPattern(variant);
    if (!forms.some((form) => sameCodePoints(form, folded))) forms.push(folded);
  }
  return forms;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((cp, i) => cp === b[i]);
}
