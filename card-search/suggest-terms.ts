import Fuse from 'fuse.js';
import type { KnowledgePack } from '../content/schema';

/**
 * Term names close to a query that found nothing, for "Did you mean". Looser than the card
 * search on purpose: it only has to offer something worth trying.
 */
export function createTermSuggester(
  pack: KnowledgePack,
): (query: string, limit?: number) => string[] {
  const names = pack.terms.map((term) => ({
    label: term.label,
    forms: [term.label, ...term.variants, ...term.abbreviations],
  }));
  const fuse = new Fuse(names, { keys: ['forms'], threshold: 0.6, ignoreLocation: true });
  return (query, limit = 3) =>
    fuse
      .search(query.trim())
      .slice(0, limit)
      .map((result) => result.item.label);
}
