import type { EntryType } from '../../content/kinds';
import type { Card, Misconception } from '../../content/schema';

/** What each entry type of the kinds table carries to a card view. */
interface EntryData {
  card: { card: Card };
  misconception: { myth: Misconception };
}

/** What a card view shows: a fact card or a misconception with its correction. */
export type CardEntry = { [T in EntryType]: { type: T } & EntryData[T] }[EntryType];

export function entryId(entry: CardEntry): string {
  return entry.type === 'card' ? entry.card.id : entry.myth.id;
}
