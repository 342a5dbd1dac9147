import Fuse, { type IFuseOptions } from 'fuse.js';
import { WORD } from './search-words';

// The ranking of the documents a query's words were found in, by fuse.js's token search:
// word rarity within the documents of one language, field weights, shorter fields first. Every
// term it gets is a whole word or a typed start already found in those documents, so it
// searches exactly (threshold 0); finding and marking are the search's own (search-cards.ts).

export interface RankedKey<Doc> {
  weight: number;
  values: (doc: Doc) => readonly string[];
}

/** A document as fuse.js reads it: each ranked key's values, folded, under the key's index. */
type RankedRecord = { [key: string]: string[] };

export class DocumentRanker<Doc> {
  private readonly fuse: Fuse<RankedRecord>;

  /** `fold` turns a field into the form the ranking terms are in (lower case, no accents). */
  constructor(
    documents: readonly Doc[],
    keys: readonly RankedKey<Doc>[],
    fold: (text: string) => string,
  ) {
    const records = documents.map((doc) =>
      Object.fromEntries(keys.map((key, i) => [`k${i}`, key.values(doc).map(fold)])),
    );
    const options: IFuseOptions<RankedRecord> = {
      keys: keys.map((key, i) => ({ name: `k${i}`, weight: key.weight })),
      useTokenSearch: true,
      tokenize: WORD,
      threshold: 0,
      ignoreLocation: true,
      isCaseSensitive: true,
      includeScore: true,
      minMatchCharLength: 1,
    };
    this.fuse = new Fuse(records, options, Fuse.createIndex(options.keys ?? [], records));
  }

  /** The score of each document in `at` for `terms` (folded): 0 is best, 1 is no match. */
  score(terms: readonly string[], at: Iterable<number>): Map<number, number> {
    const scores = new Map<number, number>();
    for (const index of at) scores.set(index, 1);
    if (terms.length === 0) return scores;
    for (const result of this.fuse.search(terms.join(' '))) {
      if (scores.has(result.refIndex)) scores.set(result.refIndex, result.score ?? 1);
    }
    return scores;
  }
}
