import { WORD } from './search-words';

// The ranking of the documents a query's words were found in: the scoring of fuse.js's token
// search (BM25-like word rarity per field, field weights, shorter fields first), computed only
// for those documents. Fuse scored every document with its bitap search for every word of
// every keystroke, far over a frame's budget once five languages are loaded; with exact word
// starts (the only kind the search ranks by) its score reduces to what is computed here.

/** A field of a document as the ranking reads it: folded text, its key's weight and length norm. */
interface RankedField {
  text: string;
  /** The key's weight, divided by the sum of all keys' weights. */
  weight: number;
  /** 1/√(number of whitespace-separated tokens), to 3 decimals. */
  norm: number;
}

export interface RankedKey<Doc> {
  weight: number;
  values: (doc: Doc) => readonly string[];
}

function lengthNorm(text: string): number {
  const tokens = Math.max(1, text.split(/[\t-\r \u00a0]+/).filter(Boolean).length);
  return Math.round(1000 / Math.sqrt(tokens)) / 1000;
}

export class DocumentRanker<Doc> {
  private readonly fields: RankedField[][];
  /** In how many fields each word occurs, and how many fields there are. */
  private readonly df = new Map<string, number>();
  private fieldCount = 0;

  /** `fold` turns a field into the form the ranking terms are in (lower case, no accents). */
  constructor(
    documents: readonly Doc[],
    keys: readonly RankedKey<Doc>[],
    fold: (text: string) => string,
  ) {
    const total = keys.reduce((sum, key) => sum + key.weight, 0);
    this.fields = documents.map((doc) =>
      keys.flatMap((key) =>
        key.values(doc).flatMap((value) => {
          const text = fold(value);
          const tokens = text.match(WORD) ?? [];
          if (tokens.length === 0) return [];
          this.fieldCount++;
          for (const token of new Set(tokens)) this.df.set(token, (this.df.get(token) ?? 0) + 1);
          return [{ text, weight: key.weight / total, norm: lengthNorm(text) }];
        }),
      ),
    );
  }

  /**
   * The score of each document in `at` for `terms` (word starts, folded): 0 is best, 1 is no
   * match. A field's score is the share of the terms' rarity it lacks; a document's is the
   * product over its matching fields, each raised to its weight and length norm.
   */
  score(terms: readonly string[], at: Iterable<number>): Map<number, number> {
    const idf = terms.map((term) => {
      const docFreq = this.df.get(term) ?? 0;
      return Math.log(1 + (this.fieldCount - docFreq + 0.5) / (docFreq + 0.5));
    });
    const possible = idf.reduce((sum, value) => sum + value, 0);
    const scores = new Map<number, number>();
    for (const index of at) {
      let total = 1;
      let matched = false;
      for (const field of this.fields[index] ?? []) {
        let found = 0;
        for (let i = 0; i < terms.length; i++) {
          if (field.text.includes(terms[i] as string)) found += idf[i] as number;
        }
        if (found === 0) continue;
        matched = true;
        const fieldScore = Math.max(0.001, possible > 0 ? 1 - found / possible : 0);
        total *= fieldScore ** (field.weight * field.norm);
      }
      scores.set(index, matched ? total : 1);
    }
    return scores;
  }
}
