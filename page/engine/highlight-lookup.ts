import type { MatchValue } from './match-value';

/**
 * The engine's door for the page features (hover card, stepper, findings): what they may
 * read of the highlights. Only the engine adds or drops ranges (block-cache.ts).
 */
export interface HighlightLookup {
  /** Ranges shown. */
  readonly size: number;
  /** What a shown range stands for; undefined for a range we did not register or do not show. */
  valueOf(range: AbstractRange): MatchValue | undefined;
  /** Occurrences shown per term or misconception id. */
  countsById(): Record<string, number>;
  /**
   * Every range shown, in no particular order. Static ranges: measuring one takes a live
   * Range made for it (live-range.ts).
   */
  ranges(): Iterable<AbstractRange>;
  /** The ranges shown in the nearest block around `node` that holds any. */
  rangesAround(node: Node): Iterable<AbstractRange>;
}
