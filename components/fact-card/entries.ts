import type { Card, Misconception } from '../../content/schema';

/** What a card view shows: a fact card or a misconception with its correction. */
export type CardEntry =
  | { type: 'card'; card: Card }
  | { type: 'misconception'; myth: Misconception };

export function entryId(entry: CardEntry): string {
  return entry.type === 'card' ? entry.card.id : entry.myth.id;
}
