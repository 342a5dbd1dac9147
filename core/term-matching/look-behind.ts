import { expansionOf, FOLD_IGNORE, FOLD_SPACE, foldCode, SPACE } from './fold';

/**
 * The last folded code point of text[0, index), skipping ignorable characters;
 * -1 at the start of the text. Lets a scan that starts mid-text check word
 * boundaries against the real neighbour.
 */
export function foldedCodePointBefore(text: string, index: number): number {
  let j = index;
  while (j > 0) {
    const unit = text.charCodeAt(j - 1);
    let cp = unit;
    j--;
    if ((unit & 0xfc00) === 0xdc00 && j > 0) {
      const high = text.charCodeAt(j - 1);
      if ((high & 0xfc00) === 0xd800) {
        cp = ((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000;
        j--;
      }
    }
    const code = foldCode(cp);
    if (code === FOLD_IGNORE) continue;
    if (code === FOLD_SPACE) return SPACE;
    if (code >= 0) return code;
    const expansion = expansionOf(code);
    return expansion[expansion.length - 1] as number;
  }
  return -1;
}
