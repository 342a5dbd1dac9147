/** What a highlighted range stands for: a term of the pack or a misconception's phrase. */
export interface MatchValue {
  kind: 'term' | 'misconception';
  id: string;
  /**
   * A context match (a generic phrase, a myth's wording): shown only while the frame also
   * holds a ketamine-family match, one without `context` (see context-gate.ts).
   */
  context?: true;
  /**
   * A ketamine-family term the reader chose not to highlight: still found, never shown, so
   * that a myth's phrase can be in context when only misconceptions are highlighted.
   */
  anchorOnly?: true;
}

/** The element that hosts the hover card (a contract name, like the highlights'). */
export const CARD_ELEMENT = 'ketamine-lens-card';

export const HIGHLIGHT_NAMES = {
  term: 'ketamine-lens-term',
  misconception: 'ketamine-lens-misconception',
} as const;
