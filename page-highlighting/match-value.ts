/** What a highlighted range stands for: a term of the pack or a misconception's phrase. */
export interface MatchValue {
  kind: 'term' | 'misconception';
  id: string;
}

export const HIGHLIGHT_NAMES = {
  term: 'ketamine-lens-term',
  misconception: 'ketamine-lens-misconception',
} as const;
