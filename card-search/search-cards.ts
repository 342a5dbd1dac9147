import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KnowledgePack } from '../content/schema';
import { normaliseQuery, WORD } from './normalise-query';
import { buildSearchEntries, type SearchEntry } from './search-entries';

export interface SearchMatch {
  /** Which entry field matched: title, summary, detail, keywords, terms, phrases or section. */
  key: string;
  /** Inclusive [start, end] character ranges in `value`, for highlighting. */
  indices: readonly (readonly [number, number])[];
  value: string;
}

export interface SearchResult {
  id: string;
  kind: 'card' | 'misconception';
  /** 0 is a perfect match, 1 no match; results are sorted ascending. */
  score: number;
  matches: SearchMatch[];
}

export interface CardSearch {
  search(query: string, limit?: number): SearchResult[];
}

export const DEFAULT_LIMIT = 10;

const OPTIONS: IFuseOptions<SearchEntry> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 2.5 },
    { name: 'terms', weight: 2 },
    { name: 'phrases', weight: 2 },
    { name: 'summary', weight: 2 },
    { name: 'detail', weight: 1 },
    { name: 'section', weight: 0.5 },
  ],
  // Token search fuzzy-matches each query word on its own and weighs rare words higher,
  // which suits plain-word questions far better than matching the whole sentence at once.
  useTokenSearch: true,
  tokenize: WORD,
  // Allows about one typo in five letters; short words (UK, TRD, 70%) must match exactly.
  threshold: 0.3,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  // Queries are plain text from readers; operators like "!" or "^" must not change meaning.
  useExtendedSearch: false,
};

/** Builds one fuse.js index over every card and misconception of the pack. */
export function createCardSearch(pack: KnowledgePack): CardSearch {
  const fuse = new Fuse(buildSearchEntries(pack), OPTIONS);

  return {
    search(query, limit = DEFAULT_LIMIT) {
      const normalised = normaliseQuery(query);
      if (normalised === '' || limit <= 0) return [];
      return fuse.search(normalised, { limit }).map(
        (result): SearchResult => ({
          id: result.item.id,
          kind: result.item.kind,
          score: result.score ?? 1,
          matches: (result.matches ?? []).map((m) => ({
            key: m.key ?? '',
            indices: m.indices.map(([start, end]) => [start, end] as const),
            value: m.value ?? '',
          })),
        }),
      );
    },
  };
}
