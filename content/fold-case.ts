/**
 * Case-folds a surface form so that "Ketamine", "KETAMINE" and "ketamine " compare equal.
 * NFC first so a precomposed "é" and "e + combining accent" count as the same form.
 */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
