import { KINDS, type Kind, KNOWLEDGE_KINDS, type KnowledgeRef } from '../../content/kinds';

/** What a highlighted range stands for: a piece of the pack, of one of the kinds. */
export interface MatchValue extends KnowledgeRef {
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

/** Each kind's highlight name, from the kinds table. */
export const HIGHLIGHT_NAMES = Object.fromEntries(
  KINDS.map((kind) => [kind, KNOWLEDGE_KINDS[kind].highlight]),
) as { readonly [K in Kind]: (typeof KNOWLEDGE_KINDS)[K]['highlight'] };
