import type { MatchValue } from './match-value';

/**
 * A match the engine highlights, as the page features see it. `shown` turns false when the
 * engine hides or drops it, so a feature holding one (a press waiting to open its card) can
 * tell. Its range is static: measuring it takes a live Range made for it (live-range.ts).
 */
export interface ShownMatch {
  readonly range: StaticRange;
  readonly value: MatchValue;
  readonly shown: boolean;
}

/**
 * The engine's door for the page features (hover card, stepper, findings): what they may
 * read of the highlights. Only the engine adds or drops ranges (block-cache.ts).
 */
export interface HighlightLookup {
  /** Ranges shown. */
  readonly size: number;
  /** Occurrences shown per term or misconception id. */
  countsById(): Record<string, number>;
  /** Every match shown, in no particular order. */
  shown(): Iterable<ShownMatch>;
  /**
   * The matches shown that may hold a point (`offset` in `node`): the nearest of the nearest
   * block around it that holds any.
   */
  around(node: Node, offset: number): Iterable<ShownMatch>;
}
