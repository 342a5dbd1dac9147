import type { Term } from './schema';

/**
 * Every name of a term that is highlighted and searched: its label, variants and brands.
 * Abbreviations are not among them (they are searched, never highlighted).
 */
export function termNames(term: Term): string[] {
  return [term.label, ...term.variants, ...(term.brands ?? [])];
}
