import { foldPattern } from './fold-pattern';

/**
 * The matcher's fold as a string: two texts with the same `foldText` are one pattern to the
 * matcher (see fold.ts), so this is the one equality for surface forms everywhere (pack
 * checks, de-duplication, context checks). NFC first, since the matcher compiles every
 * pattern in NFC too, so precomposed and decomposed accents fold alike.
 */
export function foldText(text: string): string {
  let out = '';
  for (const cp of foldPattern(text.normalize('NFC'))) out += String.fromCodePoint(cp);
  return out;
}
